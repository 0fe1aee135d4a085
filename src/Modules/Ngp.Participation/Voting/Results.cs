using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ngp.Core;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Voting;

/// <summary>An option's count; <paramref name="Offline"/> of its votes came by letter or were recorded at the desk.</summary>
public sealed record OptionResult(string Id, string Text, int Votes, double Percent, int? Points, int Offline = 0);

/// <summary>A question's counts; of its answers, <paramref name="ByLetter"/> came through a letter's code, <paramref name="AtDesk"/> were recorded by staff.</summary>
public sealed record QuestionResult(string Id, string Text, string Kind, int Voters, IReadOnlyList<OptionResult> Options, int ByLetter = 0, int AtDesk = 0);

public sealed record ConsultationResults(string ContentItemId, string Title, bool Closed, int Voters, IReadOnlyList<QuestionResult> Questions);

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

/// <summary>
/// The counts of each consultation, kept from one vote to the next. Counting 10,000 votes took each results request
/// about 10 ms of database work (90 requests per second); now a vote cast in this process marks its consultation
/// changed and the next reader counts again, once. Votes cast on another web node are announced through
/// <see cref="CacheSignals"/>, and seen after <see cref="MaxAge"/> at most if the announcement is lost.
/// </summary>
public sealed class ResultsCache
{
    public const string Cache = "results";

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly ChangeTrackedCache<(string Tenant, string Item, long Version), (int, IReadOnlyList<QuestionResult>)> _counts;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Tenant, string Item), long> _versions = new();
    private readonly CacheSignals _signals;

    public ResultsCache(TimeProvider clock, CacheSignals signals)
    {
        _counts = new(clock, MaxAge);
        _signals = signals;
        signals.Subscribe(Cache, Heard);
    }

    /// <summary>Called once a vote on the item is committed.</summary>
    public void Changed(string tenant, string itemId)
    {
        Forget(tenant, itemId);
        _signals.Announce(Cache, tenant, itemId);
    }

    /// <summary>The counts of the item's published version <paramref name="version"/>: editing the questions gives new counts at once.</summary>
    public Task<(int Voters, IReadOnlyList<QuestionResult> Questions)> GetOrCountAsync(
        string tenant, string itemId, long version, Func<CancellationToken, Task<(int, IReadOnlyList<QuestionResult>)>> count, CancellationToken ct)
    {
        _versions[(tenant, itemId)] = version;
        return _counts.GetOrComputeAsync((tenant, itemId, version), count, ct);
    }

    private void Forget(string tenant, string itemId)
    {
        if (_versions.TryGetValue((tenant, itemId), out var version))
            _counts.Changed((tenant, itemId, version));
    }

    private ValueTask Heard(CacheSignal signal)
    {
        if (signal.Tenant.Length == 0 || signal.Key.Length == 0)
            _counts.ForgetAll();
        else
            Forget(signal.Tenant, signal.Key);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// CSV exports for staff: the counts per question and option (with how many came by letter or at the desk), and for a
/// dwelling choice each lease's choice by building with the channel it came by.
/// </summary>
public sealed class ResultsExport(NgpDbContext db, ParticipationItems items, ResultsReader results)
{
    public async Task<Result<string>> CsvAsync(string contentItemId, CancellationToken ct)
    {
        var read = await results.ReadAsync(contentItemId, staff: true, ct);
        if (!read.IsOk)
            return Result.NotFound(read.Message!);
        var item = (await items.PublishedAsync(contentItemId, ct))!;
        var consultation = item.Consultation!;
        var csv = new StringBuilder();
        if (consultation.PerLease)
        {
            csv.Append("building,leaseReference,question,choice,updatedUtc,channel\n");
            var votes = await db.Set<Vote>().AsNoTracking().Where(v => v.ContentItemId == item.Id).ToListAsync(ct);
            foreach (var vote in votes.OrderBy(v => v.Building, StringComparer.Ordinal).ThenBy(v => v.LeaseReference, StringComparer.Ordinal).ThenBy(v => v.QuestionId, StringComparer.Ordinal))
            {
                var question = consultation.Find(vote.QuestionId);
                var choice = string.Join(" > ", vote.OptionIds.Split(',').Select(id => question?.Options.FirstOrDefault(o => o.Id == id)?.Text ?? id));
                csv.Append(Cell(vote.Building)).Append(',').Append(Cell(vote.LeaseReference)).Append(',').Append(Cell(question?.Text ?? vote.QuestionId))
                    .Append(',').Append(Cell(choice)).Append(',').Append(vote.UpdatedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                    .Append(',').Append(vote.Channel ?? "online").Append('\n');
            }
            return csv.ToString();
        }
        csv.Append("question,option,votes,percent,points,byLetterOrDesk\n");
        foreach (var question in read.Value.Questions)
        {
            foreach (var option in question.Options)
            {
                csv.Append(Cell(question.Text)).Append(',').Append(Cell(option.Text)).Append(',').Append(option.Votes.ToString(CultureInfo.InvariantCulture))
                    .Append(',').Append(option.Percent.ToString("0.0", CultureInfo.InvariantCulture)).Append(',')
                    .Append(option.Points?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',')
                    .Append(option.Offline.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        return csv.ToString();
    }

    /// <summary>A CSV cell, quoted when needed; a leading formula sign is neutralised so a spreadsheet never runs it.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
