using Microsoft.EntityFrameworkCore;
using Ngp.Comments.Data;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Web;

namespace Ngp.Comments.Privacy;

/// <summary>
/// A person's comments, supports, reports and comment blocks in their export, and their erasure. Comments keep their
/// place in threads as « Compte supprimé » (replies and supports rely on them); supports, reports and blocks go.
/// </summary>
public sealed class CommentsPersonalData(NgpDbContext db, ContentQuery contents, IPublicPageCache pages) : IPersonalDataContributor
{
    public string Name => "comments";

    public IReadOnlyCollection<Type> Entities => [typeof(Comment), typeof(ProposalSupport), typeof(CommentReport), typeof(CommentBlock)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.Id).ToListAsync(ct);
        var supports = await db.Set<ProposalSupport>().AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id)
            .Join(db.Set<Comment>(), s => s.CommentId, c => c.Id, (s, c) => new { s.CommentId, c.ContentItemId, c.Proposal, s.CreatedUtc })
            .ToListAsync(ct);
        var reports = await db.Set<CommentReport>().AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id)
            .Join(db.Set<Comment>(), r => r.CommentId, c => c.Id, (r, c) => new { r.CommentId, c.ContentItemId, r.Reason, r.Resolved, r.CreatedUtc })
            .ToListAsync(ct);
        var blocks = await db.Set<CommentBlock>().AsNoTracking().Where(b => b.UserId == userId).OrderBy(b => b.Id).ToListAsync(ct);
        if (comments.Count + supports.Count + reports.Count + blocks.Count == 0)
            return null;

        var itemIds = comments.Select(c => c.ContentItemId).Concat(supports.Select(s => s.ContentItemId)).Concat(reports.Select(r => r.ContentItemId));
        var titles = await contents.PublishedTitlesAsync(itemIds, ct);
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

        await db.Set<CommentBlock>().Where(b => b.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Set<CommentBlock>().Where(b => b.ModeratorId == userId).ExecuteUpdateAsync(s => s.SetProperty(b => b.ModeratorId, erased), ct);
        // Cached item pages show the author's short name and the supports.
        await pages.InvalidateAsync(ct);
    }

    private static string StatusLabel(CommentStatus status) => status switch
    {
        CommentStatus.Visible => "Publié",
        CommentStatus.Pending => "En attente de modération",
        CommentStatus.Hidden => "Masqué par la modération",
        _ => "Supprimé",
    };
}
