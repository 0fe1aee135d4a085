using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Web;
using Ngp.Meetings.Data;
using Ngp.Meetings.Handlers;

namespace Ngp.Meetings.Privacy;

/// <summary>
/// A person's registrations, attendance and organised meetings in their export, and their erasure: registrations go
/// (a place held in a meeting to come passes to the waiting list, as on cancelling), attendance goes but is still
/// counted among the anonymous attendees, and meetings the person organised stay, organised by « Compte supprimé ».
/// </summary>
public sealed class MeetingPersonalData(NgpDbContext db, CancelRegistration cancellation, TimeProvider clock, IPublicPageCache pages)
    : IPersonalDataContributor
{
    public string Name => "meetings";

    public IReadOnlyCollection<Type> Entities => [typeof(MeetingEntry), typeof(MeetingRegistration), typeof(MeetingAttendance)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var registrations = await db.Set<MeetingRegistration>().AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id)
            .Join(db.Set<MeetingEntry>(), r => r.MeetingId, m => m.MeetingId, (r, m) => new { r.MeetingId, m.Title, m.StartUtc, r.Status, r.CreatedUtc, r.PromotedUtc, r.CancelledUtc })
            .ToListAsync(ct);
        var attended = await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id)
            .Join(db.Set<MeetingEntry>(), a => a.MeetingId, m => m.MeetingId, (a, m) => new { meetingId = a.MeetingId, title = m.Title, startUtc = m.StartUtc })
            .ToListAsync(ct);
        var organised = await db.Set<MeetingEntry>().AsNoTracking().Where(m => m.OrganiserId == userId).OrderBy(m => m.StartUtc)
            .Select(m => new { meetingId = m.MeetingId, title = m.Title, startUtc = m.StartUtc })
            .ToListAsync(ct);
        if (registrations.Count + attended.Count + organised.Count == 0)
            return null;
        return new
        {
            registrations = registrations.Select(r => new
            {
                meetingId = r.MeetingId,
                title = r.Title,
                startUtc = r.StartUtc,
                status = r.Status.ToString(),
                statusLabel = StatusLabel(r.Status),
                createdUtc = r.CreatedUtc,
                promotedUtc = r.PromotedUtc,
                cancelledUtc = r.CancelledUtc,
            }),
            attendance = attended,
            organised,
        };
    }

    public async Task EraseAsync(UserDeleted deleted, CancellationToken ct)
    {
        var userId = deleted.UserId;
        var now = clock.GetUtcNow();
        var placesToCome = await db.Set<MeetingRegistration>().AsNoTracking()
            .Where(r => r.UserId == userId && r.Status == RegistrationStatus.Registered)
            .Join(db.Set<MeetingEntry>().Where(m => m.ClosedUtc == null && m.StartUtc > now), r => r.MeetingId, m => m.MeetingId, (r, m) => r.MeetingId)
            .ToListAsync(ct);
        await db.Set<MeetingRegistration>().Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
        foreach (var meetingId in placesToCome)
            await cancellation.GiveThePlaceAwayAsync(meetingId, now, ct);

        // The synthesis and the meeting's figures keep the headcount: the person is counted, no longer named.
        var attended = await db.Set<MeetingAttendance>().Where(a => a.UserId == userId).Select(a => a.MeetingId).ToListAsync(ct);
        await db.Set<MeetingEntry>().Where(m => attended.Contains(m.MeetingId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AnonymousAttendees, m => m.AnonymousAttendees + 1), ct);
        await db.Set<MeetingAttendance>().Where(a => a.UserId == userId).ExecuteDeleteAsync(ct);

        await db.Set<MeetingEntry>().Where(m => m.OrganiserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.OrganiserId, UserDeleted.ErasedUserId), ct);
        // Cached meeting pages show the places left.
        if (placesToCome.Count > 0)
            await pages.InvalidateAsync(ct);
    }

    private static string StatusLabel(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Registered => "Inscrit",
        RegistrationStatus.Waiting => "En liste d'attente",
        _ => "Inscription annulée",
    };
}
