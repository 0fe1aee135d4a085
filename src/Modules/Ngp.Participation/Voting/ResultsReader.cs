using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Voting;

/// <summary>
/// Counts of a consultation, computed in the database (one grouped query), hidden until closing unless the
/// consultation shows them live. The counts are kept in <see cref="ResultsCache"/> until the next vote.
/// </summary>
public sealed class ResultsReader(NgpDbContext db, ParticipationItems items, TimeProvider clock, ITenantContext tenant, ResultsCache cache)
{
    public async Task<Result<ConsultationResults>> ReadAsync(string contentItemId, bool staff, CancellationToken ct)
    {
        var item = await items.PublishedConsultationAsync(contentItemId, ct);
        if (item?.Consultation is not { } consultation)
            return Result.NotFound("Cette concertation n'existe pas.");
        var now = clock.GetUtcNow();
        if (!staff && !consultation.ResultsVisibleAt(now))
            return Result.Forbidden(consultation.ClosesUtc is { } closes
                ? $"Les résultats seront publiés à la clôture de la concertation, le {ParisTime.DateAndTime(closes, ParisTime.French)}."
                : "Les résultats seront publiés à la clôture de la concertation.");
        // The version read names the published item too: editing the questions or options gives new counts at once.
        var (voters, questions) = await cache.GetOrCountAsync(tenant.Tenant.Name, item.Id, item.VersionId, ct => CountAsync(item.Id, consultation, ct), ct);
        return new ConsultationResults(item.Id, item.Title, consultation.IsClosedAt(now), voters, questions);
    }

    private async Task<(int Voters, IReadOnlyList<QuestionResult> Questions)> CountAsync(string itemId, Consultation consultation, CancellationToken ct)
    {
        var groups = await db.Set<Vote>().AsNoTracking().Where(v => v.ContentItemId == itemId)
            .GroupBy(v => new { v.QuestionId, v.OptionIds, v.Channel })
            .Select(g => new { g.Key.QuestionId, g.Key.OptionIds, g.Key.Channel, Count = g.Count() })
            .ToListAsync(ct);
        var voters = await db.Set<Vote>().AsNoTracking().Where(v => v.ContentItemId == itemId).Select(v => v.VoterKey).Distinct().CountAsync(ct);
        var questions = new List<QuestionResult>();
        foreach (var question in consultation.Questions)
        {
            var rows = groups.Where(g => g.QuestionId == question.Id).ToList();
            var total = rows.Sum(r => r.Count);
            var counts = question.Options.ToDictionary(o => o.Id, _ => 0);
            var points = question.Options.ToDictionary(o => o.Id, _ => 0);
            var offline = question.Options.ToDictionary(o => o.Id, _ => 0);
            foreach (var row in rows)
            {
                var chosen = row.OptionIds.Split(',');
                for (var i = 0; i < chosen.Length; i++)
                {
                    if (!counts.ContainsKey(chosen[i]))
                        continue;
                    // Ranking: the first place counts as the vote; points (Borda count) give the overall order.
                    if (question.Kind != QuestionKinds.Ranking || i == 0)
                    {
                        counts[chosen[i]] += row.Count;
                        if (row.Channel is not null)
                            offline[chosen[i]] += row.Count;
                    }
                    points[chosen[i]] += (question.Options.Count - i) * row.Count;
                }
            }
            var options = question.Options.Select(o => new OptionResult(o.Id, o.Text, counts[o.Id],
                total == 0 ? 0 : Math.Round(100.0 * counts[o.Id] / total, 1),
                question.Kind == QuestionKinds.Ranking ? points[o.Id] : null, offline[o.Id])).ToList();
            questions.Add(new QuestionResult(question.Id, question.Text, question.Kind, total, options,
                rows.Where(r => r.Channel == VoteChannels.Letter).Sum(r => r.Count), rows.Where(r => r.Channel == VoteChannels.Desk).Sum(r => r.Count)));
        }
        return (voters, questions);
    }
}
