using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Web;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Engine;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Api;

public static class WorkflowApi
{
    public static void MapWorkflowApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Workflows");

        api.MapGet("workflows", async (WorkflowTypeStore store, CancellationToken ct) =>
            Results.Ok((await store.ListAsync(ct)).Select(t =>
                new WorkflowTypeDto(t.Id, t.Name, t.Enabled, t.Singleton, t.Version, t.StartEvent, WorkflowTypeStore.Read(t).Activities.Count, t.ModifiedUtc))))
            .RequirePermission(WorkflowPermissions.ManageWorkflows).WithSummary("Les types de workflows de l'agence.");

        api.MapGet("workflows/{id}", async (string id, WorkflowTypeStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } definition
                ? Results.Json(definition, WorkflowDefinition.Json)
                : ApiResults.Problem(StatusCodes.Status404NotFound, WorkflowTypeStore.NotFoundMessage))
            .RequirePermission(WorkflowPermissions.ManageWorkflows).WithSummary("La définition JSON d'un workflow.");

        api.MapPut("workflows/{id}", async (string id, HttpRequest request, WorkflowTypeStore store, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var parsed = WorkflowTypeStore.Parse(await reader.ReadToEndAsync(ct));
            if (!parsed.IsOk)
                return ApiResults.Problem(parsed);
            if (parsed.Value.Id.Length > 0 && parsed.Value.Id != id)
                return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, "L'identifiant du workflow ne correspond pas à l'adresse.", "id", "Identifiant différent de l'adresse.");
            return ApiResults.From(await store.SaveAsync(parsed.Value with { Id = id }, ct), d => Results.Json(d, WorkflowDefinition.Json));
        }).RequirePermission(WorkflowPermissions.ManageWorkflows).WithSummary("Crée ou remplace un workflow (validé : événement de départ, transitions, Liquid).");

        api.MapGet("workflows/{id}/instances", async (string id, string? status, int? take, WorkflowTypeStore store, WorkflowInstances instances, CancellationToken ct) =>
        {
            if (await store.FindAsync(id, ct) is null)
                return ApiResults.Problem(StatusCodes.Status404NotFound, WorkflowTypeStore.NotFoundMessage);
            WorkflowStatus? wanted = null;
            if (!string.IsNullOrEmpty(status))
            {
                if (!Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out var parsed))
                    return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, $"Statut inconnu « {status} ».", "status", "Statuts : " + string.Join(", ", Enum.GetNames<WorkflowStatus>()));
                wanted = parsed;
            }
            return Results.Ok(await instances.ListAsync(id, wanted, take ?? 100, ct));
        }).RequirePermission(WorkflowPermissions.ManageWorkflows).WithSummary("Les instances d'un workflow, les plus récentes d'abord.");

        api.MapGet("workflows/{id}/stats", async (string id, WorkflowTypeStore store, WorkflowInstances instances, CancellationToken ct) =>
            await store.FindAsync(id, ct) is null
                ? ApiResults.Problem(StatusCodes.Status404NotFound, WorkflowTypeStore.NotFoundMessage)
                : Results.Ok(await instances.CountsAsync(id, ct)))
            .RequirePermission(WorkflowPermissions.ManageWorkflows).WithSummary("Le nombre d'instances du workflow par statut.");

        api.MapGet("workflow-instances/{id}", async (string id, WorkflowInstances instances, CancellationToken ct) =>
            await instances.FindAsync(id, ct) is { } detail
                ? Results.Ok(new { detail.Instance, detail.Journal, detail.WaitingFor, state = JsonDocument.Parse(detail.State).RootElement })
                : ApiResults.Problem(StatusCodes.Status404NotFound, WorkflowInstances.NotFoundMessage))
            .RequirePermission(WorkflowPermissions.ManageWorkflows).WithSummary("Une instance : statut, journal, attentes, état.");

        api.MapPost("workflow-instances/{id}/retry", async (string id, WorkflowInstances instances, CancellationToken ct) =>
            ApiResults.From(await instances.RetryAsync(id, ct), Results.Ok))
            .RequirePermission(WorkflowPermissions.ManageWorkflows).WithSummary("Relance une instance en erreur.");

        // The token is the authorization: it is signed for this tenant and names one workflow type.
        tenant.MapMethods("workflows/signal/{token}", ["GET", "POST"], async (string token, WorkflowSignals signals, IOutbox outbox, NgpDbContext db, CancellationToken ct) =>
        {
            if (!signals.TryRead(token, out var typeId, out var correlationId))
                return ApiResults.Problem(StatusCodes.Status404NotFound, "Ce lien de signal n'est pas valide.");
            outbox.Add(new WorkflowSignalled(typeId, correlationId));
            await db.SaveChangesAsync(ct);
            return Results.Text("Signal reçu.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status202Accepted);
        }).AllowAnonymous().DisableAntiforgery().WithTags("Workflows")
          // The signal carries nothing in its body: a caller's small payload is tolerated, anything larger refused unread.
          .WithBodyLimit(64 * 1024);
    }
}
