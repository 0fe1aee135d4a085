using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>Someone supports the proposal a comment carries; once per person.</summary>
public sealed class SupportProposal(NgpDbContext db, CurrentUser participant, TimeProvider clock, IPublicPageCache pages)
{
    public async Task<Result<int>> HandleAsync(long commentId, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour soutenir une proposition.");
        var comment = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == commentId && c.Status == CommentStatus.Visible, ct);
        if (comment?.Proposal is null)
            return Result.NotFound("Cette proposition n'existe pas.");
        if (comment.AuthorId == userId)
            return Result.Invalid("Vous ne pouvez pas soutenir votre propre proposition.");
        if (await db.Set<ProposalSupport>().AnyAsync(s => s.CommentId == commentId && s.UserId == userId, ct))
            return Result.Conflict("Vous soutenez déjà cette proposition.");
        db.Add(new ProposalSupport { CommentId = commentId, UserId = userId, CreatedUtc = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index settled a double click: the first support counts.
            return Result.Conflict("Vous soutenez déjà cette proposition.");
        }
        await pages.InvalidateAsync(ct);
        return await db.Set<ProposalSupport>().CountAsync(s => s.CommentId == commentId, ct);
    }
}
