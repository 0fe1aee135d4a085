using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>The author changes their comment; it is marked « modifié ».</summary>
public sealed class EditComment(NgpDbContext db, PublishedItems items, CurrentUser participant, TimeProvider clock, IPublicPageCache pages)
{
    public async Task<Result<Comment>> HandleAsync(long commentId, CommentRequest request, CancellationToken ct)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.Status == CommentStatus.Deleted)
            return Result.NotFound("Ce commentaire n'existe pas.");
        if (comment.AuthorId != participant.UserId)
            return Result.Forbidden("Seul l'auteur d'un commentaire peut le modifier.");
        if (await items.FindAsync(comment.ContentItemId, ct) is not { } item || CommentPolicy.For(item) is not { } policy)
            return Result.NotFound(CommentPolicy.NotCommentable);
        if (!policy.Open)
            return Result.Forbidden(CommentPolicy.ClosedMessage);
        if (CommentInput.Check(request, policy, out var body, out var stance, out var proposal) is { } invalid)
            return invalid;
        comment.Body = body;
        comment.Stance = stance;
        comment.Proposal = proposal;
        comment.EditedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await pages.InvalidateAsync(ct);
        return comment;
    }
}
