using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Meetings.Data;

namespace Ngp.Meetings.Handlers;

/// <summary>
/// Registers a person to a meeting: a place while there is one, else the waiting list. The place is taken by a
/// conditional update of the meeting's counter, so concurrent registrations never exceed the capacity.
/// </summary>
public sealed class RegisterToMeeting(NgpDbContext db, MeetingCatalog catalog, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<RegistrationReceipt>> HandleAsync(string meetingId, string userId, CancellationToken ct)
    {
        var entry = await catalog.EnsureEntryAsync(meetingId, ct);
        if (entry is null)
            return Result.NotFound(MeetingTexts.NotFound);
        if (entry.ClosedUtc is not null || clock.GetUtcNow() >= entry.StartUtc)
            return Result.Invalid(MeetingTexts.RegistrationClosed);
        if (await ReceiptAsync(meetingId, userId, ct) is { } existing)
            return existing;

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var capacity = entry.Capacity;
                var placed = await db.Set<MeetingEntry>()
                    .Where(m => m.MeetingId == meetingId && (capacity == null || m.RegisteredCount < capacity))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.RegisteredCount, m => m.RegisteredCount + 1), ct) == 1;
                // A place in the queue is counted from the ids before ours, so ours must come after every id already
                // drawn: holding the meeting's row until we commit makes the ids of the waiting list follow the commits
                // (on PostgreSQL, a later id committed first was counted without an earlier one still in flight).
                if (!placed)
                    await db.Set<MeetingEntry>().Where(m => m.MeetingId == meetingId)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.RegisteredCount, m => m.RegisteredCount), ct);
                db.Set<MeetingRegistration>().Add(new MeetingRegistration
                {
                    MeetingId = meetingId,
                    UserId = userId,
                    Status = placed ? RegistrationStatus.Registered : RegistrationStatus.Waiting,
                    CreatedUtc = clock.GetUtcNow(),
                });
                outbox.Add(new RegistrationCreated(meetingId, userId, Waiting: !placed));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return (Result<RegistrationReceipt>)(await ReceiptAsync(meetingId, userId, ct))!;
            });
        }
        catch (DbUpdateException)
        {
            // The same person registered twice at once: the unique index kept one, and the counter rolled back with the other.
            db.ChangeTracker.Clear();
            return await ReceiptAsync(meetingId, userId, ct) is { } receipt ? receipt : Result.Conflict(MeetingTexts.TryAgain);
        }
    }

    private async Task<RegistrationReceipt?> ReceiptAsync(string meetingId, string userId, CancellationToken ct)
    {
        var registration = await db.Set<MeetingRegistration>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.MeetingId == meetingId && r.UserId == userId && r.Status != RegistrationStatus.Cancelled, ct);
        if (registration is null)
            return null;
        int? position = null;
        if (registration.Status == RegistrationStatus.Waiting)
            position = 1 + await db.Set<MeetingRegistration>().CountAsync(r => r.MeetingId == meetingId && r.Status == RegistrationStatus.Waiting && r.Id < registration.Id, ct);
        return new RegistrationReceipt(meetingId, registration.Status, position);
    }
}
