using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>The author deletes their comment: its text goes, a placeholder keeps the replies in their thread.</summary>
public sealed class DeleteComment(NgpDbContext db, CurrentUser participant, TimeProvider clock, IPublicPageCache pages)
{
    public async Task<Result> HandleAsync(long commentId, CancellationToken ct)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.Status == CommentStatus.Deleted)
            return Result.NotFound("Ce commentaire n'existe pas.");
        if (comment.AuthorId != participant.UserId)
            return Result.Forbidden("Seul l'auteur d'un commentaire peut le supprimer.");
        comment.Status = CommentStatus.Deleted;
        comment.Body = "";
        comment.Proposal = null;
        comment.EditedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await pages.InvalidateAsync(ct);
        return Result.Success();
    }
}
