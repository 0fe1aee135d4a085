using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Follows.Data;

namespace Ngp.Follows;

/// <summary>Followers of an item (key: content item id), for notifications.</summary>
public sealed class FollowersAudience(NgpDbContext db) : IAudienceSource
{
    public string Kind => AudienceKinds.Followers;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default) =>
        (await db.Set<Follow>().AsNoTracking().Where(f => f.ContentItemId == key).Select(f => f.UserId).ToListAsync(ct))
            .Select(id => new AudienceMember(id)).ToList();
}
