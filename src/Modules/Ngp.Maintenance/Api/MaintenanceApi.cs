using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Results;
using Ngp.Maintenance.Data;
using Ngp.Maintenance.Handlers;

namespace Ngp.Maintenance.Api;

public static class MaintenanceApi
{
    public static void MapMaintenanceApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1/maintenance").WithTags("Maintenance").RequireAuthorization();

        api.MapGet("categories", async (MaintenanceSettingsStore store, CancellationToken ct) =>
        {
            var settings = await store.GetAsync(ct);
            return Results.Ok(new
            {
                categories = settings.Categories.Select(c => new { key = c.Key, label = c.Label }),
                commonAreas = settings.CommonAreas.Select(a => new { key = a.Key, label = a.Label }),
                urgentDelayHours = settings.UrgentDelayHours,
                normalDelayDays = settings.NormalDelayDays,
            });
        }).WithSummary("Les catégories de demande et les parties communes de l'agence, avec ses délais (urgente, normale).");

        api.MapGet("requests", async (string? status, string? building, string? category, string? late, string? page, MaintenanceViewer viewer, RequestReader reader, CancellationToken ct) =>
        {
            if (await viewer.CurrentAsync(ct) is not { } caller)
                return Results.Unauthorized();
            var filter = new RequestFilter(Building: building, Category: category);
            if (status is not null)
            {
                if (status == "open")
                    filter = filter with { Open = true };
                else if (MaintenanceTexts.ParseStatus(status) is { } s)
                    filter = filter with { Status = s };
                else
                    return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, "Filtre inconnu.", "status", "Statuts : open, received, in-progress, closed, rejected.");
            }
            if (late is not null)
            {
                if (!bool.TryParse(late, out var isLate))
                    return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, "Filtre inconnu.", "late", "« late » vaut true ou false.");
                filter = filter with { Late = isLate };
            }
            if (page is not null)
            {
                if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 100_000)
                    return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, "Page inconnue.", "page", "« page » est un nombre entier à partir de 1.");
                filter = filter with { Page = n };
            }
            var list = await reader.ListAsync(caller, filter, ct);
            return Results.Ok(new { items = list.Items.Select(Summary), page = list.Page, pageSize = list.PageSize, total = list.Total });
        }).WithSummary("Les demandes que l'appelant voit : un locataire, les siennes et celles des parties communes de son immeuble ; l'agence, toutes. Filtres : status, building, category, late, page (25 par page).");

        api.MapPost("requests", async (FileRequestInput input, MaintenanceViewer viewer, FileRequest handler, CancellationToken ct) =>
        {
            if (await viewer.CurrentAsync(ct) is not { } caller)
                return Results.Unauthorized();
            return ApiResults.From(await handler.HandleAsync(caller, input, ct), r =>
                Results.Created($"api/v1/maintenance/requests/{r.Id}", new { id = r.Id, reference = r.Reference, status = MaintenanceTexts.Code(r.Status) }));
        }).RequireRateLimiting(MaintenanceModule.WriteRateLimit)
          .WithSummary("Dépose une demande : {\"category\",\"description\",\"location\":\"dwelling|common\",\"area\",\"urgency\":\"urgent|normal\"} ; répond sa référence (GC-2026-00412).");

        api.MapGet("requests/{id:long}", async (long id, MaintenanceViewer viewer, RequestReader reader, CancellationToken ct) =>
        {
            if (await viewer.CurrentAsync(ct) is not { } caller)
                return Results.Unauthorized();
            return await reader.DetailAsync(caller, id, ct) is { } detail
                ? Results.Ok(Detail(detail))
                : ApiResults.Problem(StatusCodes.Status404NotFound, MaintenanceTexts.NotFound);
        }).WithSummary("Une demande avec sa chronologie (et ses messages pour la personne qui l'a déposée et pour l'agence).");

        api.MapPost("requests/{id:long}/messages", async (long id, MessageBody body, MaintenanceViewer viewer, PostMessage handler, CancellationToken ct) =>
        {
            if (await viewer.CurrentAsync(ct) is not { } caller)
                return Results.Unauthorized();
            return ApiResults.From(await handler.HandleAsync(caller, id, body.Body, ct), m => Results.Created($"api/v1/maintenance/requests/{id}", new { id = m }));
        }).RequireRateLimiting(MaintenanceModule.WriteRateLimit).WithSummary("Ajoute un message : {\"body\"} ; la réponse d'un agent prend en charge une demande reçue.");

        api.MapPost("requests/{id:long}/me-too", async (long id, MeTooBody? body, MaintenanceViewer viewer, AddMeToo handler, CancellationToken ct) =>
        {
            if (await viewer.CurrentAsync(ct) is not { } caller)
                return Results.Unauthorized();
            return ApiResults.From(await handler.HandleAsync(caller, id, body?.Comment, ct), count => Results.Ok(new { meToo = count }));
        }).RequireRateLimiting(MaintenanceModule.WriteRateLimit).WithSummary("« Moi aussi » sur une demande ouverte d'une partie commune de son immeuble : {\"comment\"} facultatif ; compté une fois par personne.");

        api.MapPost("requests/{id:long}/close", async (long id, CloseBody? body, MaintenanceViewer viewer, ChangeStatus handler, CancellationToken ct) =>
        {
            if (await viewer.CurrentAsync(ct) is not { } caller)
                return Results.Unauthorized();
            return ApiResults.From(await handler.CloseAsync(caller, id, body?.Note, ct), s => Results.Ok(new { id, status = MaintenanceTexts.Code(s) }));
        }).RequireRateLimiting(MaintenanceModule.WriteRateLimit).WithSummary("L'agence clôt une demande : {\"note\"} facultatif.");

        api.MapPost("requests/{id:long}/reject", async (long id, RejectBody? body, MaintenanceViewer viewer, ChangeStatus handler, CancellationToken ct) =>
        {
            if (await viewer.CurrentAsync(ct) is not { } caller)
                return Results.Unauthorized();
            return ApiResults.From(await handler.RejectAsync(caller, id, body?.Reason, ct), s => Results.Ok(new { id, status = MaintenanceTexts.Code(s) }));
        }).RequireRateLimiting(MaintenanceModule.WriteRateLimit).WithSummary("L'agence rejette une demande : {\"reason\"} obligatoire, que le locataire lit.");
    }

    /// <summary>The resident's name and lease are written for the agency only, and left out otherwise.</summary>
    private static Dictionary<string, object?> Summary(RequestSummary r)
    {
        var dto = new Dictionary<string, object?>
        {
            ["id"] = r.Id,
            ["reference"] = r.Reference,
            ["status"] = MaintenanceTexts.Code(r.Status),
            ["statusLabel"] = MaintenanceTexts.Status(r.Status),
            ["category"] = r.Category,
            ["categoryLabel"] = r.CategoryLabel,
            ["location"] = r.Location == RequestLocation.Common ? "common" : "dwelling",
            ["area"] = r.Area,
            ["areaLabel"] = r.AreaLabel,
            ["building"] = r.Building,
            ["urgency"] = r.Urgency == RequestUrgency.Urgent ? "urgent" : "normal",
            ["createdUtc"] = r.CreatedUtc,
            ["dueUtc"] = r.DueUtc,
            ["late"] = r.Late,
            ["meToo"] = r.MeToo,
            ["mine"] = r.Mine,
        };
        if (r.ResidentName is not null)
            dto["resident"] = r.ResidentName;
        if (r.LeaseReference is not null)
            dto["leaseReference"] = r.LeaseReference;
        return dto;
    }

    private static Dictionary<string, object?> Detail(RequestDetail d)
    {
        var dto = Summary(d.Summary);
        dto["description"] = d.Description;
        dto["timeline"] = d.Timeline.Select(t => new { kind = t.Kind.ToString(), label = t.Label, note = t.Note, atUtc = t.AtUtc });
        dto["messages"] = d.Messages?.Select(m => new { id = m.Id, fromAgency = m.FromStaff, author = m.Author, body = m.Body, createdUtc = m.CreatedUtc });
        dto["meTooByMe"] = d.MeTooByMe;
        dto["canMeToo"] = d.CanMeToo;
        return dto;
    }
}
