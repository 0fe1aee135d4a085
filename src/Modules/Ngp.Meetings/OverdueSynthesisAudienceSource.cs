using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Security;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Meetings.Data;

namespace Ngp.Meetings;

public sealed class OverdueSynthesisAudienceSource(NgpDbContext db, IUserDirectory users, string kind) : IAudienceSource
{
    public string Kind => kind;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default)
    {
        var meeting = await db.Set<MeetingEntry>().AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == key, ct);
        if (meeting is null || !meeting.Published || meeting.SynthesisPublishedUtc is not null || meeting.ClosedUtc is not null)
            return [];
        if (kind == MeetingAudienceKinds.OrganiserAwaitingSynthesis)
            return [new AudienceMember(meeting.OrganiserId)];
        return (await users.InRolesAsync([NgpRoles.Administrator], ct)).Select(id => new AudienceMember(id)).ToList();
    }
}
