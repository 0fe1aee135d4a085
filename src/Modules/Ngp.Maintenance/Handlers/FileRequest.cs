using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Maintenance.Data;
using Ngp.Maintenance.Events;

namespace Ngp.Maintenance.Handlers;

/// <summary>A resident files a request about their dwelling or a common area of their building; it gets the year's next reference.</summary>
public sealed class FileRequest(NgpDbContext db, MaintenanceSettingsStore settingsStore, IOutbox outbox, TimeProvider clock)
{
    public const int DescriptionMinLength = 10;
    public const int AreaMaxLength = 60;

    public async Task<Result<FiledRequest>> HandleAsync(MaintenanceCaller caller, FileRequestInput input, CancellationToken ct)
    {
        if (caller.Lease is not { } lease)
            return Result.Forbidden(MaintenanceTexts.ResidentsOnly);
        var settings = await settingsStore.GetAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var category = input.Category?.Trim();
        if (string.IsNullOrEmpty(category) || settings.Categories.All(c => c.Key != category))
            errors["category"] = ["Choisissez une catégorie de la liste."];
        var description = input.Description?.Trim() ?? "";
        if (description.Length < DescriptionMinLength)
            errors["description"] = [$"Décrivez le problème en {DescriptionMinLength} caractères au moins."];
        else if (description.Length > MaintenanceConfiguration.DescriptionMaxLength)
            errors["description"] = [$"La description ne doit pas dépasser {MaintenanceConfiguration.DescriptionMaxLength} caractères."];
        else if (TextInput.HasControlCharacters(description))
            errors["description"] = ["La description " + TextInput.ControlCharacterMessage];
        RequestLocation? location = input.Location switch { "dwelling" => RequestLocation.Dwelling, "common" => RequestLocation.Common, _ => null };
        if (location is null)
            errors["location"] = ["Indiquez où est le problème : dans votre logement (dwelling) ou dans une partie commune (common)."];
        var area = string.IsNullOrWhiteSpace(input.Area) ? null : input.Area.Trim();
        if (location == RequestLocation.Common && (area is null || settings.CommonAreas.All(a => a.Key != area)))
            errors["area"] = ["Choisissez la partie commune concernée dans la liste."];
        else if (location == RequestLocation.Dwelling && area is not null && (area.Length > AreaMaxLength || TextInput.HasControlCharacters(area)))
            errors["area"] = [$"La pièce tient en {AreaMaxLength} caractères au plus, sur une ligne."];
        RequestUrgency? urgency = input.Urgency switch { "urgent" => RequestUrgency.Urgent, "normal" => RequestUrgency.Normal, _ => null };
        if (urgency is null)
            errors["urgency"] = ["Indiquez l'urgence : urgente (urgent) ou normale (normal)."];
        if (errors.Count > 0)
            return Result.Invalid("La demande n'a pas été enregistrée : vérifiez les champs signalés.", errors);

        var now = clock.GetUtcNow();
        var year = ParisTime.ToParis(now).Year;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var number = await RequestNumbers.NextAsync(db, year, ct);
                var request = new MaintenanceRequest
                {
                    Reference = string.Create(CultureInfo.InvariantCulture, $"{settings.ReferencePrefix}-{year}-{number:00000}"),
                    Year = year,
                    Number = number,
                    ResidentId = caller.UserId,
                    LeaseReference = lease.Reference,
                    Building = lease.Building,
                    Location = location!.Value,
                    Area = area,
                    Category = category!,
                    Description = description,
                    Urgency = urgency!.Value,
                    Status = RequestStatus.Received,
                    CreatedUtc = now,
                    DueUtc = now + settings.DelayFor(urgency.Value),
                };
                db.Add(request);
                await db.SaveChangesAsync(ct);
                db.Add(new RequestEvent { RequestId = request.Id, Kind = RequestEventKind.Filed, ActorId = caller.UserId, CreatedUtc = now });
                outbox.Add(new RequestFiled(request.Id, request.Reference, request.Building, request.Category,
                    location == RequestLocation.Common ? "common" : "dwelling", urgency == RequestUrgency.Urgent ? "urgent" : "normal", caller.UserId, request.DueUtc));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return (Result<FiledRequest>)new FiledRequest(request.Id, request.Reference, request.Status);
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Result.Conflict(MaintenanceTexts.TryAgain);
        }
    }
}
