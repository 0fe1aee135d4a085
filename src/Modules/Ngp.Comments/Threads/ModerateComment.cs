using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>A moderator hides or restores a comment, or blocks its author for a number of days.</summary>
public sealed class ModerateComment(NgpDbContext db, CurrentUser participant, TimeProvider clock, IOutbox outbox, IPublicPageCache pages)
{
    public const int MaxBlockDays = 365;

    public async Task<Result<Comment>> HandleAsync(long commentId, ModerationAction action, int? blockDays, CancellationToken ct)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.Status == CommentStatus.Deleted)
            return Result.NotFound("Ce commentaire n'existe pas.");
        var now = clock.GetUtcNow();
        switch (action)
        {
            case ModerationAction.Hide:
                comment.Status = CommentStatus.Hidden;
                outbox.Add(new CommentHidden(comment.ContentItemId, comment.Id, "moderator"));
                break;
            case ModerationAction.Restore:
                comment.Status = CommentStatus.Visible;
                comment.ReportCount = 0;
                break;
            case ModerationAction.Block:
                if (blockDays is not (>= 1 and <= MaxBlockDays))
                    return Result.Invalid($"Indiquez une durée de blocage de 1 à {MaxBlockDays} jours.", "days", $"De 1 à {MaxBlockDays} jours.");
                db.Add(new CommentBlock { UserId = comment.AuthorId, UntilUtc = now.AddDays(blockDays.Value), ModeratorId = participant.UserId ?? "", CreatedUtc = now });
                if (comment.Status != CommentStatus.Hidden)
                {
                    comment.Status = CommentStatus.Hidden;
                    outbox.Add(new CommentHidden(comment.ContentItemId, comment.Id, "moderator"));
                }
                break;
        }
        await db.Set<CommentReport>().Where(r => r.CommentId == commentId && !r.Resolved).ExecuteUpdateAsync(s => s.SetProperty(r => r.Resolved, true), ct);
        await db.SaveChangesAsync(ct);
        await pages.InvalidateAsync(ct);
        return comment;
    }
}
