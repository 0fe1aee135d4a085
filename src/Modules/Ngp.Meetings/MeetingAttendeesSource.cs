using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Meetings.Data;

namespace Ngp.Meetings;

/// <summary>
/// The people a meeting concerns (<see cref="AudienceKinds.MeetingAttendees"/>): those registered (not the waiting
/// list), those recorded present, and the stakeholders invited by e-mail, account or not.
/// </summary>
public sealed class MeetingAttendeesSource(NgpDbContext db, MeetingCatalog catalog) : IAudienceSource
{
    public string Kind => AudienceKinds.MeetingAttendees;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default)
    {
        var registered = await db.Set<MeetingRegistration>().AsNoTracking()
            .Where(r => r.MeetingId == key && r.Status == RegistrationStatus.Registered)
            .Select(r => r.UserId).ToListAsync(ct);
        var present = await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == key).Select(a => a.UserId).ToListAsync(ct);
        var invited = (await catalog.PublishedAsync(key, ct))?.InvitedEmails ?? [];
        return registered.Concat(present).Distinct()
            .Select(u => new AudienceMember(u))
            .Concat(invited.Select(e => new AudienceMember(null, e)))
            .ToList();
    }
}
