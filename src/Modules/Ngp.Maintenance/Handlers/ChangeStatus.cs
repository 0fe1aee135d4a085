using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Maintenance.Data;
using Ngp.Maintenance.Events;

namespace Ngp.Maintenance.Handlers;

/// <summary>
/// The agency moves a request along: takes it, closes it (with an optional note) or rejects it (with the reason the
/// resident reads). Each step is one line of the timeline and one event; a finished request does not move again.
/// </summary>
public sealed class ChangeStatus(NgpDbContext db, IOutbox outbox, TimeProvider clock)
{
    public const int ReasonMinLength = 5;

    public Task<Result<RequestStatus>> TakeAsync(MaintenanceCaller caller, long requestId, CancellationToken ct) =>
        MoveAsync(caller, requestId, RequestEventKind.Taken, null, ct);

    public Task<Result<RequestStatus>> CloseAsync(MaintenanceCaller caller, long requestId, string? note, CancellationToken ct) =>
        MoveAsync(caller, requestId, RequestEventKind.Closed, note, ct);

    public Task<Result<RequestStatus>> RejectAsync(MaintenanceCaller caller, long requestId, string? reason, CancellationToken ct) =>
        MoveAsync(caller, requestId, RequestEventKind.Rejected, reason, ct);

    private async Task<Result<RequestStatus>> MoveAsync(MaintenanceCaller caller, long requestId, RequestEventKind kind, string? note, CancellationToken ct)
    {
        var request = await db.Set<MaintenanceRequest>().AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
            return Result.NotFound(MaintenanceTexts.NotFound);
        if (!caller.IsStaff)
            return Result.Forbidden(MaintenanceTexts.StaffOnly);
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var field = kind == RequestEventKind.Rejected ? "reason" : "note";
        if (kind == RequestEventKind.Rejected && (text is null || text.Length < ReasonMinLength))
            return Result.Invalid("La demande n'a pas été rejetée : le locataire doit en lire la raison.", field, $"Indiquez la raison du rejet ({ReasonMinLength} caractères au moins).");
        if (text is not null && (text.Length > MaintenanceConfiguration.NoteMaxLength || TextInput.HasControlCharacters(text)))
            return Result.Invalid("La demande n'a pas été modifiée.", field, $"Le texte tient en {MaintenanceConfiguration.NoteMaxLength} caractères au plus, sans caractère de contrôle.");
        if (!RequestVisibility.IsOpen(request.Status))
            return Result.Conflict(MaintenanceTexts.AlreadyFinished);
        if (kind == RequestEventKind.Taken && request.Status == RequestStatus.InProgress)
            return Result.Conflict("Cette demande est déjà prise en charge.");

        var now = clock.GetUtcNow();
        var from = request.Status;
        var to = kind switch
        {
            RequestEventKind.Taken => RequestStatus.InProgress,
            RequestEventKind.Closed => RequestStatus.Closed,
            _ => RequestStatus.Rejected,
        };
        DateTimeOffset? closedUtc = kind == RequestEventKind.Taken ? null : now;
        db.ChangeTracker.Clear();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Two agents at once: only the one who still finds the status it read moves the request.
            var moved = await db.Set<MaintenanceRequest>().Where(r => r.Id == request.Id && r.Status == from)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, to).SetProperty(r => r.ClosedUtc, closedUtc), ct);
            if (moved == 0)
                return (Result<RequestStatus>)Result.Conflict("Cette demande vient d'être modifiée par quelqu'un d'autre : rechargez-la.");
            db.Add(new RequestEvent { RequestId = request.Id, Kind = kind, ActorId = caller.UserId, Note = text, CreatedUtc = now });
            switch (kind)
            {
                case RequestEventKind.Taken:
                    outbox.Add(new RequestTaken(request.Id, request.Reference, request.ResidentId, caller.UserId));
                    break;
                case RequestEventKind.Closed:
                    outbox.Add(new RequestClosed(request.Id, request.Reference, request.ResidentId, caller.UserId, Late: now > request.DueUtc));
                    break;
                default:
                    outbox.Add(new RequestRejected(request.Id, request.Reference, request.ResidentId, caller.UserId, text!));
                    break;
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return to;
        });
    }
}
