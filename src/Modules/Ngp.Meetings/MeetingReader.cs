using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Meetings.Data;
using Ngp.Core.Web;

namespace Ngp.Meetings;

/// <summary>Reads meetings for pages, feeds and the API: published ones only, in date order, in one query each.</summary>
public sealed class MeetingReader(NgpDbContext db)
{
    public const int MaxRangeDays = 400;

    public async Task<IReadOnlyList<MeetingSummary>> BetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct, string? projectId = null)
    {
        var query = db.Set<MeetingEntry>().AsNoTracking().Where(m => m.Published && m.EndUtc >= fromUtc && m.StartUtc < toUtc);
        if (projectId is not null)
            query = query.Where(m => m.ProjectId == projectId);
        var meetings = await query.OrderBy(m => m.StartUtc).Take(500).ToListAsync(ct);
        var ids = meetings.Select(m => m.MeetingId).ToList();
        var waiting = await db.Set<MeetingRegistration>().AsNoTracking()
            .Where(r => ids.Contains(r.MeetingId) && r.Status == RegistrationStatus.Waiting)
            .GroupBy(r => r.MeetingId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return meetings.Select(m => Summary(m, waiting.GetValueOrDefault(m.MeetingId))).ToList();
    }

    public async Task<MeetingSummary?> FindAsync(string meetingId, CancellationToken ct)
    {
        var m = await db.Set<MeetingEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.MeetingId == meetingId && e.Published, ct);
        if (m is null)
            return null;
        var waiting = await db.Set<MeetingRegistration>().CountAsync(r => r.MeetingId == meetingId && r.Status == RegistrationStatus.Waiting, ct);
        return Summary(m, waiting);
    }

    public Task<RegistrationStatus?> StatusOfAsync(string meetingId, string userId, CancellationToken ct) =>
        db.Set<MeetingRegistration>().AsNoTracking()
            .Where(r => r.MeetingId == meetingId && r.UserId == userId && r.Status != RegistrationStatus.Cancelled)
            .Select(r => (RegistrationStatus?)r.Status).SingleOrDefaultAsync(ct);

    /// <summary>Registrations in order of arrival (places first, then the waiting list), for the organiser.</summary>
    public Task<List<MeetingRegistration>> RegistrationsAsync(string meetingId, CancellationToken ct) =>
        db.Set<MeetingRegistration>().AsNoTracking()
            .Where(r => r.MeetingId == meetingId && r.Status != RegistrationStatus.Cancelled)
            .OrderBy(r => r.Status).ThenBy(r => r.Id).ToListAsync(ct);

    private static MeetingSummary Summary(MeetingEntry m, int waiting) =>
        new(m.MeetingId, m.Title, m.Slug, m.Kind, m.StartUtc, m.EndUtc, m.Place, SafeUrl.WebOrMail(m.OnlineUrl), m.Capacity, m.RegisteredCount, waiting,
            m.ClosedUtc is not null, m.SynthesisPublishedUtc is null ? null : m.SynthesisId, m.ProjectId);
}
