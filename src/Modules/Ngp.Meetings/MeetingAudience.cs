using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Accounts;
using Ngp.Core.Security;
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

/// <summary>Audience kinds the meetings module resolves, beside <see cref="AudienceKinds.MeetingAttendees"/>.</summary>
public static class MeetingAudienceKinds
{
    /// <summary>
    /// Everyone a synthesis is for (key: the synthesis id): the meeting's attendees and invited stakeholders, and the
    /// followers and stakeholders of its project. One group, so that the notifier removes the duplicates at once.
    /// </summary>
    public const string SynthesisAudience = "synthesis-audience";

    /// <summary>The organiser of a meeting (key: meeting id) while it has no synthesis; nobody once it has one.</summary>
    public const string OrganiserAwaitingSynthesis = "meeting-organiser-awaiting-synthesis";

    /// <summary>The agency's administrators while a meeting (key: meeting id) has no synthesis; nobody once it has one.</summary>
    public const string AdministratorsAwaitingSynthesis = "meeting-administrators-awaiting-synthesis";
}

public sealed class SynthesisAudienceSource(NgpDbContext db, IServiceProvider services) : IAudienceSource
{
    public string Kind => MeetingAudienceKinds.SynthesisAudience;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default)
    {
        var meeting = await db.Set<MeetingEntry>().AsNoTracking().SingleOrDefaultAsync(m => m.SynthesisId == key, ct);
        if (meeting is null)
            return [];
        // Resolved lazily: the sources of other modules are registered beside this one.
        var sources = services.GetServices<IAudienceSource>().Where(s => s.Kind != Kind).ToList();
        var members = new List<AudienceMember>();
        async Task AddAsync(string kind, string? groupKey)
        {
            if (groupKey is null)
                return;
            foreach (var source in sources.Where(s => s.Kind == kind))
                members.AddRange(await source.ResolveAsync(groupKey, ct));
        }
        await AddAsync(AudienceKinds.MeetingAttendees, meeting.MeetingId);
        await AddAsync(AudienceKinds.Followers, meeting.ProjectId);
        await AddAsync(AudienceKinds.Stakeholders, meeting.ProjectId);
        await AddAsync(AudienceKinds.Followers, meeting.MeetingId);
        return members;
    }
}

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
