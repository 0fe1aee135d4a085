using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

internal static class Blocks
{
    public static async Task<DateTimeOffset?> UntilAsync(NgpDbContext db, string userId, DateTimeOffset now, CancellationToken ct)
    {
        // DateTimeOffset comparisons do not translate on SQLite: read the few blocks of this author and compare here.
        var blocks = await db.Set<CommentBlock>().AsNoTracking().Where(b => b.UserId == userId).Select(b => b.UntilUtc).ToListAsync(ct);
        var active = blocks.Where(u => u > now).ToList();
        return active.Count > 0 ? active.Max() : null;
    }
}
