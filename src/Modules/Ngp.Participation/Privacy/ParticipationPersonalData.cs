using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Participation.Data;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Privacy;

/// <summary>
/// A person's votes and dwelling choices in their export, and their erasure. What others rely on stays without the
/// person: a dwelling choice stays the household's, and votes of a closed consultation stay in its published results.
/// Votes of consultations still open go. (Comments and follows are the comments and follows modules'.)
/// </summary>
public sealed class ParticipationPersonalData(
    NgpDbContext db, ContentQuery contents, ParticipationItems items, ResultsCache results, ITenantContext tenant, TimeProvider clock)
    : IPersonalDataContributor
{
    public string Name => "participation";

    public IReadOnlyCollection<Type> Entities => [typeof(Vote)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var votes = await db.Set<Vote>().AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.Id).ToListAsync(ct);
        if (votes.Count == 0)
            return null;

        var titles = await contents.PublishedTitlesAsync(votes.Select(v => v.ContentItemId), ct);
        var consultations = new Dictionary<string, PublishedConsultation?>();
        foreach (var id in votes.Select(v => v.ContentItemId).Distinct())
            consultations[id] = await items.PublishedConsultationAsync(id, ct);

        return new
        {
            votes = votes.Where(v => !IsDwellingChoice(v)).Select(v => Answer(v, titles, consultations)),
            dwellingChoices = votes.Where(IsDwellingChoice).Select(v => Answer(v, titles, consultations)),
        };
    }

    public Task EraseAsync(UserDeleted deleted, CancellationToken ct) => EraseVotesAsync(deleted.UserId, ct);

    /// <summary>
    /// A dwelling choice is the household's (its key is the lease) and stays, no longer naming who answered. A vote of
    /// a closed consultation stays, anonymous, so published results never change afterwards; one of a consultation
    /// still open (or gone) is withdrawn, as the person could have done.
    /// </summary>
    private async Task EraseVotesAsync(string userId, CancellationToken ct)
    {
        var erased = UserDeleted.ErasedUserId;
        await db.Set<Vote>().Where(v => v.UserId == userId && v.VoterKey.StartsWith("l:"))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.UserId, erased), ct);

        // One key for all the person's answers: results count voters as distinct keys, and the key names nobody.
        var anonymousKey = "x:" + Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow();
        var itemIds = await db.Set<Vote>().Where(v => v.UserId == userId).Select(v => v.ContentItemId).Distinct().ToListAsync(ct);
        foreach (var itemId in itemIds)
        {
            var theirs = db.Set<Vote>().Where(v => v.ContentItemId == itemId && v.UserId == userId);
            var consultation = await items.PublishedConsultationAsync(itemId, ct);
            if (consultation is not null && consultation.Consultation.IsClosedAt(now))
            {
                await theirs.ExecuteUpdateAsync(s => s
                    .SetProperty(v => v.VoterKey, anonymousKey)
                    .SetProperty(v => v.UserId, erased)
                    .SetProperty(v => v.LeaseReference, (string?)null), ct);
            }
            else
            {
                await theirs.ExecuteDeleteAsync(ct);
                // Before the dispatcher commits: a count read meanwhile lives at most ResultsCache.MaxAge.
                results.Changed(tenant.Tenant.Name, itemId);
            }
        }
    }

    private static bool IsDwellingChoice(Vote vote) => vote.VoterKey.StartsWith("l:", StringComparison.Ordinal);

    private static object Answer(Vote vote, IReadOnlyDictionary<string, string> titles, Dictionary<string, PublishedConsultation?> consultations)
    {
        var question = consultations.GetValueOrDefault(vote.ContentItemId)?.Consultation.Find(vote.QuestionId);
        var optionIds = vote.OptionIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return new
        {
            contentItemId = vote.ContentItemId,
            itemTitle = titles.GetValueOrDefault(vote.ContentItemId),
            questionId = vote.QuestionId,
            question = question?.Text,
            optionIds,
            choices = optionIds.Select(id => question?.Options.FirstOrDefault(o => o.Id == id)?.Text),
            leaseReference = vote.LeaseReference,
            building = vote.Building,
            createdUtc = vote.CreatedUtc,
            updatedUtc = vote.UpdatedUtc,
        };
    }
}
