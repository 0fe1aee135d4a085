using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Meetings.Data;

namespace Ngp.Meetings;

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
