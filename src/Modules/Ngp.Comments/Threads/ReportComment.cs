using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>Anyone signed in reports a comment; after <see cref="CommentRules.ReportsToHide"/> reports it waits for a moderator.</summary>
public sealed class ReportComment(NgpDbContext db, PublishedItems items, CurrentUser participant, TimeProvider clock, IOutbox outbox, IPublicPageCache pages)
{
    public async Task<Result<int>> HandleAsync(long commentId, ReportRequest request, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour signaler un commentaire.");
        var reason = (request.Reason ?? "").Trim().ToLowerInvariant();
        if (!CommentRules.Reasons.Contains(reason))
            return Result.Invalid("Choisissez le motif du signalement.", "reason", "Motifs : spam, offensive, off-topic.");
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.Status is CommentStatus.Deleted)
            return Result.NotFound("Ce commentaire n'existe pas.");
        if (await items.FindAsync(comment.ContentItemId, ct) is not { } item || CommentPolicy.For(item) is not { Reportable: true })
            return Result.Invalid(CommentPolicy.NotReportable);
        if (await db.Set<CommentReport>().AnyAsync(r => r.CommentId == commentId && r.UserId == userId, ct))
            return Result.Conflict("Vous avez déjà signalé ce commentaire.");
        db.Add(new CommentReport { CommentId = commentId, UserId = userId, Reason = reason, CreatedUtc = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result.Conflict("Vous avez déjà signalé ce commentaire.");
        }
        // Counted from the rows, not incremented: simultaneous reports still add up right.
        comment.ReportCount = await db.Set<CommentReport>().CountAsync(r => r.CommentId == commentId && !r.Resolved, ct);
        outbox.Add(new CommentReported(comment.ContentItemId, comment.Id, userId, reason, comment.ReportCount));
        if (comment.Status == CommentStatus.Visible && comment.ReportCount >= CommentRules.ReportsToHide)
        {
            comment.Status = CommentStatus.Pending;
            outbox.Add(new CommentHidden(comment.ContentItemId, comment.Id, "reports"));
        }
        await db.SaveChangesAsync(ct);
        await pages.InvalidateAsync(ct);
        return comment.ReportCount;
    }
}
