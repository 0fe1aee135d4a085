using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Privacy;

/// <summary>
/// A person's comments, supports, reports, votes, dwelling choices, follows and comment blocks in their export, and
/// their erasure. What others rely on stays without the person: comments keep their place in threads as « Compte
/// supprimé », a dwelling choice stays the household's, and votes of a closed consultation stay in its published
/// results. What was only the person's goes: supports, reports, follows, blocks, and votes of consultations still open.
/// </summary>
public sealed class ParticipationPersonalData(
    NgpDbContext db, ContentQuery contents, ParticipationItems items, ResultsCache results, ITenantContext tenant, TimeProvider clock,
    IPublicPageCache pages)
    : IPersonalDataContributor
{
    public string Name => "participation";

    public IReadOnlyCollection<Type> Entities =>
        [typeof(Comment), typeof(ProposalSupport), typeof(CommentReport), typeof(Vote), typeof(Follow), typeof(CommentBlock)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.Id).ToListAsync(ct);
        var supports = await db.Set<ProposalSupport>().AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id)
            .Join(db.Set<Comment>(), s => s.CommentId, c => c.Id, (s, c) => new { s.CommentId, c.ContentItemId, c.Proposal, s.CreatedUtc })
            .ToListAsync(ct);
        var reports = await db.Set<CommentReport>().AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id)
            .Join(db.Set<Comment>(), r => r.CommentId, c => c.Id, (r, c) => new { r.CommentId, c.ContentItemId, r.Reason, r.Resolved, r.CreatedUtc })
            .ToListAsync(ct);
        var votes = await db.Set<Vote>().AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.Id).ToListAsync(ct);
        var follows = await db.Set<Follow>().AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.Id).ToListAsync(ct);
        var blocks = await db.Set<CommentBlock>().AsNoTracking().Where(b => b.UserId == userId).OrderBy(b => b.Id).ToListAsync(ct);
        if (comments.Count + supports.Count + reports.Count + votes.Count + follows.Count + blocks.Count == 0)
            return null;

        var itemIds = comments.Select(c => c.ContentItemId).Concat(supports.Select(s => s.ContentItemId))
            .Concat(reports.Select(r => r.ContentItemId)).Concat(votes.Select(v => v.ContentItemId)).Concat(follows.Select(f => f.ContentItemId));
        var titles = await contents.PublishedTitlesAsync(itemIds, ct);
        var consultations = new Dictionary<string, PublishedConsultation?>();
        foreach (var id in votes.Select(v => v.ContentItemId).Distinct())
            consultations[id] = await items.PublishedConsultationAsync(id, ct);

        return new
        {
            comments = comments.Select(c => new
            {
                id = c.Id,
                contentItemId = c.ContentItemId,
                itemTitle = titles.GetValueOrDefault(c.ContentItemId),
                parentId = c.ParentId,
                stance = c.Stance,
                stanceLabel = CommentRules.StanceLabel(c.Stance),
                body = c.Body,
                proposal = c.Proposal,
                status = c.Status.ToString(),
                statusLabel = StatusLabel(c.Status),
                createdUtc = c.CreatedUtc,
                editedUtc = c.EditedUtc,
            }),
            proposalSupports = supports.Select(s => new
            {
                commentId = s.CommentId,
                contentItemId = s.ContentItemId,
                itemTitle = titles.GetValueOrDefault(s.ContentItemId),
                proposal = s.Proposal,
                createdUtc = s.CreatedUtc,
            }),
            reports = reports.Select(r => new
            {
                commentId = r.CommentId,
                contentItemId = r.ContentItemId,
                itemTitle = titles.GetValueOrDefault(r.ContentItemId),
                reason = r.Reason,
                reasonLabel = CommentRules.ReasonLabel(r.Reason),
                resolved = r.Resolved,
                createdUtc = r.CreatedUtc,
            }),
            votes = votes.Where(v => !IsDwellingChoice(v)).Select(v => Answer(v, titles, consultations)),
            dwellingChoices = votes.Where(IsDwellingChoice).Select(v => Answer(v, titles, consultations)),
            follows = follows.Select(f => new
            {
                contentItemId = f.ContentItemId,
                itemTitle = titles.GetValueOrDefault(f.ContentItemId),
                automatic = f.Automatic,
                createdUtc = f.CreatedUtc,
            }),
            commentBlocks = blocks.Select(b => new { untilUtc = b.UntilUtc, createdUtc = b.CreatedUtc }),
        };
    }

    public async Task EraseAsync(UserDeleted deleted, CancellationToken ct)
    {
        var userId = deleted.UserId;
        var erased = UserDeleted.ErasedUserId;

        // Replies, supports and answers to a comment stay meaningful only if the comment keeps its place.
        await db.Set<Comment>().Where(c => c.AuthorId == userId).ExecuteUpdateAsync(s => s.SetProperty(c => c.AuthorId, erased), ct);
        await db.Set<ProposalSupport>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

        var reported = await db.Set<CommentReport>().Where(r => r.UserId == userId).Select(r => r.CommentId).ToListAsync(ct);
        await db.Set<CommentReport>().Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
        // The moderation queue orders by the count of open reports; it no longer counts the erased person's.
        await db.Set<Comment>().Where(c => reported.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(
            c => c.ReportCount, c => db.Set<CommentReport>().Count(r => r.CommentId == c.Id && !r.Resolved)), ct);

        await EraseVotesAsync(userId, ct);

        await db.Set<Follow>().Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Set<CommentBlock>().Where(b => b.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Set<CommentBlock>().Where(b => b.ModeratorId == userId).ExecuteUpdateAsync(s => s.SetProperty(b => b.ModeratorId, erased), ct);
        // Cached item pages show the author's short name and the supports.
        await pages.InvalidateAsync(ct);
    }

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

    private static string StatusLabel(CommentStatus status) => status switch
    {
        CommentStatus.Visible => "Publié",
        CommentStatus.Pending => "En attente de modération",
        CommentStatus.Hidden => "Masqué par la modération",
        _ => "Supprimé",
    };
}
