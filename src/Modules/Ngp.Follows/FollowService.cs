using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Follows.Data;

namespace Ngp.Follows;

/// <summary>Follows of projects and consultations: by the « Suivre » button, or automatically on commenting or voting.</summary>
public sealed class FollowService(NgpDbContext db, TimeProvider clock)
{
    /// <summary>Adds the follow if it is not there; a concurrent identical follow is settled by the unique index.</summary>
    public async Task FollowAsync(string contentItemId, string userId, bool automatic, CancellationToken ct)
    {
        if (await db.Set<Follow>().AnyAsync(f => f.ContentItemId == contentItemId && f.UserId == userId, ct))
            return;
        var follow = db.Add(new Follow { ContentItemId = contentItemId, UserId = userId, Automatic = automatic, CreatedUtc = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            follow.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Writes, in the caller's transaction, the automatic follows these people do not have yet, for a use case that
    /// writes its own rows (a batch of votes): they commit or roll back with it. A follow already there, whether by the
    /// button, an earlier vote or another web node at the same moment, is left as it is (unique index).
    /// </summary>
    public async Task WriteAutomaticFollowsAsync(string contentItemId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var insert = RowStatement<Follow>.InsertUnlessPresent(db);
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
            await insert.RunAsync(new Follow { ContentItemId = contentItemId, UserId = userId, Automatic = true, CreatedUtc = now }, ct);
    }

    public async Task<bool> UnfollowAsync(string contentItemId, string userId, CancellationToken ct) =>
        await db.Set<Follow>().Where(f => f.ContentItemId == contentItemId && f.UserId == userId).ExecuteDeleteAsync(ct) > 0;

    public Task<bool> IsFollowingAsync(string contentItemId, string userId, CancellationToken ct) =>
        db.Set<Follow>().AnyAsync(f => f.ContentItemId == contentItemId && f.UserId == userId, ct);

    /// <summary>The ids of what the person follows, latest first.</summary>
    public Task<List<string>> FollowedAsync(string userId, CancellationToken ct) =>
        db.Set<Follow>().AsNoTracking().Where(f => f.UserId == userId).OrderByDescending(f => f.CreatedUtc).Select(f => f.ContentItemId).ToListAsync(ct);
}
