using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Maintenance.Data;
using Ngp.Maintenance.Events;

namespace Ngp.Maintenance.Handlers;

/// <summary>
/// A resident of the building meets the same common-area problem: « Moi aussi » instead of a duplicate. Counted once
/// per person (a second time changes nothing); the count goes up by a conditional update in the same transaction.
/// </summary>
public sealed class AddMeToo(NgpDbContext db, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(MaintenanceCaller caller, long requestId, string? comment, CancellationToken ct)
    {
        var request = await db.Set<MaintenanceRequest>().AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
            return Result.NotFound(MaintenanceTexts.NotFound);
        if (request.Location != RequestLocation.Common || caller.Lease?.Building != request.Building)
            return Result.Forbidden("« Moi aussi » s'ajoute aux demandes sur les parties communes de votre immeuble.");
        if (request.ResidentId == caller.UserId)
            return Result.Invalid("Vous avez déposé cette demande : « Moi aussi » est pour les voisins.");
        if (!RequestVisibility.IsOpen(request.Status))
            return Result.Invalid(MaintenanceTexts.AlreadyFinished);
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is not null && (text.Length > MaintenanceConfiguration.NoteMaxLength || TextInput.HasControlCharacters(text)))
            return Result.Invalid("Le commentaire n'a pas été enregistré.", "comment", $"Le commentaire tient en {MaintenanceConfiguration.NoteMaxLength} caractères au plus, sans caractère de contrôle.");
        if (await db.Set<RequestMeToo>().AnyAsync(m => m.RequestId == requestId && m.UserId == caller.UserId, ct))
            return request.MeTooCount;

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.Set<MaintenanceRequest>().Where(r => r.Id == requestId)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.MeTooCount, r => r.MeTooCount + 1), ct);
                db.Add(new RequestMeToo { RequestId = requestId, UserId = caller.UserId, Comment = text, CreatedUtc = clock.GetUtcNow() });
                var count = await db.Set<MaintenanceRequest>().Where(r => r.Id == requestId).Select(r => r.MeTooCount).SingleAsync(ct);
                outbox.Add(new RequestMeTooAdded(requestId, request.Reference, request.Building, count));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return (Result<int>)count;
            });
        }
        catch (DbUpdateException)
        {
            // The same person twice at once: the unique index kept one, and the count rolled back with the other.
            db.ChangeTracker.Clear();
            return await db.Set<MaintenanceRequest>().Where(r => r.Id == requestId).Select(r => r.MeTooCount).SingleAsync(ct);
        }
    }
}
