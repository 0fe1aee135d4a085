using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>Comments waiting for a moderator (pre-moderation, hidden by reports, reported), on the admin home page of moderators.</summary>
public sealed class CommentsToModerate(NgpDbContext db) : IPendingWork
{
    public int Order => 20;

    public Permission Permission => CommentsPermissions.ModerateComments;

    public async Task<PendingWork?> CountAsync(CancellationToken ct)
    {
        var count = await db.Set<Comment>().CountAsync(c => c.Status == CommentStatus.Pending || (c.Status == CommentStatus.Visible && c.ReportCount > 0), ct);
        return count == 0 ? null : new PendingWork(count, count == 1 ? "commentaire à modérer" : "commentaires à modérer", "admin/moderation");
    }
}
