using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Maintenance.Data;
using Ngp.Maintenance.Events;

namespace Ngp.Maintenance.Handlers;

/// <summary>
/// The filer or the agency adds a message to a request. An agent's answer to a request nobody has taken yet takes it:
/// the resident sees « Prise en charge » with the answer.
/// </summary>
public sealed class PostMessage(NgpDbContext db, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(MaintenanceCaller caller, long requestId, string? body, CancellationToken ct)
    {
        var request = await db.Set<MaintenanceRequest>().AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
            return Result.NotFound(MaintenanceTexts.NotFound);
        if (!caller.IsStaff && request.ResidentId != caller.UserId)
            return Result.Forbidden("Seule la personne qui a déposé la demande, et l'agence, y écrivent des messages.");
        var text = body?.Trim() ?? "";
        if (text.Length == 0)
            return Result.Invalid("Le message est vide.", "body", "Écrivez votre message.");
        if (text.Length > MaintenanceConfiguration.MessageMaxLength)
            return Result.Invalid("Le message est trop long.", "body", $"Le message ne doit pas dépasser {MaintenanceConfiguration.MessageMaxLength} caractères.");
        if (TextInput.HasControlCharacters(text))
            return Result.Invalid("Le message n'a pas été envoyé.", "body", "Le message " + TextInput.ControlCharacterMessage);

        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var message = new RequestMessage { RequestId = request.Id, AuthorId = caller.UserId, FromStaff = caller.IsStaff, Body = text, CreatedUtc = now };
            db.Add(message);
            if (caller.IsStaff && request.Status == RequestStatus.Received
                && await db.Set<MaintenanceRequest>().Where(r => r.Id == request.Id && r.Status == RequestStatus.Received)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RequestStatus.InProgress), ct) == 1)
            {
                db.Add(new RequestEvent { RequestId = request.Id, Kind = RequestEventKind.Taken, ActorId = caller.UserId, CreatedUtc = now });
                outbox.Add(new RequestTaken(request.Id, request.Reference, request.ResidentId, caller.UserId));
            }
            outbox.Add(new RequestAnswered(request.Id, request.Reference, request.ResidentId, caller.UserId, caller.IsStaff));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Result<long>)message.Id;
        });
    }
}
