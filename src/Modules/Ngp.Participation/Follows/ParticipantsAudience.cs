using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Participation.Data;

namespace Ngp.Participation.Follows;

/// <summary>People who voted in a consultation (key: content item id).</summary>
public sealed class ParticipantsAudience(NgpDbContext db) : IAudienceSource
{
    public string Kind => AudienceKinds.Participants;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default) =>
        (await db.Set<Vote>().AsNoTracking().Where(v => v.ContentItemId == key).Select(v => v.UserId).Distinct().ToListAsync(ct))
            .Select(id => new AudienceMember(id)).ToList();
}
