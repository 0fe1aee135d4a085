using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Meetings.Data;

namespace Ngp.Meetings.Handlers;

/// <summary>Cancels a registration; a freed place goes to the first person of the waiting list.</summary>
public sealed class CancelRegistration(NgpDbContext db, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result> HandleAsync(string meetingId, string userId, CancellationToken ct)
    {
        var entry = await db.Set<MeetingEntry>().AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        var registration = await db.Set<MeetingRegistration>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.MeetingId == meetingId && r.UserId == userId && r.Status != RegistrationStatus.Cancelled, ct);
        if (entry is null || registration is null)
            return Result.NotFound(MeetingTexts.NotRegistered);
        var now = clock.GetUtcNow();
        if (entry.ClosedUtc is not null || now >= entry.StartUtc)
            return Result.Invalid(MeetingTexts.CancellationClosed);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var cancelled = await db.Set<MeetingRegistration>()
            .Where(r => r.Id == registration.Id && r.Status == registration.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled).SetProperty(r => r.CancelledUtc, now), ct);
        if (cancelled == 0)
            return Result.Success();
        if (registration.Status == RegistrationStatus.Registered)
            await GiveThePlaceAwayAsync(meetingId, now, ct);
        outbox.Add(new RegistrationCancelled(meetingId, userId));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result.Success();
    }

    /// <summary>Gives a place just freed to the first person waiting, or counts it free; in the caller's transaction.</summary>
    internal async Task GiveThePlaceAwayAsync(string meetingId, DateTimeOffset now, CancellationToken ct)
    {
        while (true)
        {
            var next = await db.Set<MeetingRegistration>().AsNoTracking()
                .Where(r => r.MeetingId == meetingId && r.Status == RegistrationStatus.Waiting)
                .OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                await db.Set<MeetingEntry>().Where(m => m.MeetingId == meetingId && m.RegisteredCount > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.RegisteredCount, m => m.RegisteredCount - 1), ct);
                return;
            }
            // Conditional, so that two cancellations at once promote two different people.
            var promoted = await db.Set<MeetingRegistration>()
                .Where(r => r.Id == next.Id && r.Status == RegistrationStatus.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Registered).SetProperty(r => r.PromotedUtc, now), ct);
            if (promoted == 1)
            {
                outbox.Add(new RegistrationPromoted(meetingId, next.UserId));
                return;
            }
        }
    }
}
