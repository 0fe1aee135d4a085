using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;
using Ngp.Contents.ShortLinks;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Web;

namespace Ngp.Contents.Api;

public static class ContentApi
{
    public static void MapContentApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Contenus");

        api.MapGet("content", async (string? type, int? page, int? pageSize, string? status, int? ambition, string? tag, string? q,
            ClaimsPrincipal user, IAuthorizationService authorization, ContentQuery query, ContentDefinitionStore definitions, ContentPrivacy privacy, ShortLinkStore shortLinks, HttpContext http, CancellationToken ct) =>
        {
            var editor = await CanAsync(authorization, user, ContentPermissions.EditContent);
            ContentStatus? wanted = null;
            if (!string.IsNullOrEmpty(status))
            {
                if (!Enum.TryParse<ContentStatus>(status, ignoreCase: true, out var parsed))
                    return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, $"Statut inconnu « {status} ».", "status", "Statuts : " + string.Join(", ", Enum.GetNames<ContentStatus>()));
                if (!editor)
                    return ApiResults.Problem(StatusCodes.Status403Forbidden, "Seuls les rédacteurs voient les contenus non publiés.");
                wanted = parsed;
            }
            var result = await query.ListAsync(new ContentFilter { Type = type, Status = wanted, Ambition = ambition, Tag = tag, Text = q, Page = page ?? 1, PageSize = pageSize ?? 20 }, ct);
            var shortUrls = await shortLinks.AddressesAsync(result.Items, ct);
            var items = new List<ContentItemDto>();
            foreach (var item in result.Items)
                items.Add(ContentItemDto.From(editor ? item : await PublicCopyAsync(definitions, privacy, item, ct), await UrlAsync(query, item, http, ct), shortUrls.GetValueOrDefault(item.ContentItemId)));
            return Results.Ok(new ContentListDto(items, result.Total));
        }).AllowAnonymous().WithSummary("Liste les contenus publiés (ou, pour les rédacteurs, ceux d'un statut avec ?status=).");

        api.MapGet("content/{id}", async (string id, ClaimsPrincipal user, IAuthorizationService authorization, ContentQuery query, ContentDefinitionStore definitions, ContentPrivacy privacy, ShortLinkStore shortLinks, HttpContext http, CancellationToken ct) =>
        {
            var editor = await CanAsync(authorization, user, ContentPermissions.EditContent);
            var item = editor ? await query.LatestAsync(id, ct) : await query.PublishedAsync(id, ct);
            if (item is null)
                return ApiResults.Problem(StatusCodes.Status404NotFound, ContentManager.NotFoundMessage);
            return Results.Ok(ContentItemDto.From(editor ? item : await PublicCopyAsync(definitions, privacy, item, ct), await UrlAsync(query, item, http, ct), await shortLinks.AddressAsync(item, ct)));
        }).AllowAnonymous().WithSummary("Un contenu : publié pour le public (sans les données personnelles), dernière version entière pour les rédacteurs.");

        api.MapGet("content/{id}/versions", async (string id, ContentQuery query, CancellationToken ct) =>
        {
            var versions = await query.VersionsAsync(id, ct);
            return versions.Count == 0
                ? ApiResults.Problem(StatusCodes.Status404NotFound, ContentManager.NotFoundMessage)
                : Results.Ok(versions.Select(v => new { version = v.Number, status = v.Status.ToString(), latest = v.Latest, published = v.Published, title = v.DisplayText, modifiedUtc = v.ModifiedUtc, authorId = v.AuthorId }));
        }).RequirePermission(ContentPermissions.EditContent);

        api.MapPost("content", async (ContentRequest request, ContentManager manager, ContentActorFactory actors, ContentQuery query, HttpContext http, CancellationToken ct) =>
            ApiResults.From(await manager.CreateAsync(new ContentInput(request.Type, request.Title, request.Parts, request.Fields), await actors.CurrentAsync(), ct),
                item => Results.Created($"api/v1/content/{item.ContentItemId}", ContentItemDto.From(item, null))))
            .RequirePermission(ContentPermissions.EditContent).WithSummary("Crée un brouillon : {\"type\",\"title\",\"parts\",\"fields\"}.");

        api.MapPut("content/{id}", async (string id, ContentRequest request, ContentManager manager, ContentActorFactory actors, CancellationToken ct) =>
            ApiResults.From(await manager.UpdateAsync(id, new ContentInput(null, request.Title, request.Parts, request.Fields), await actors.CurrentAsync(), ct),
                item => Results.Ok(ContentItemDto.From(item, null))))
            .RequirePermission(ContentPermissions.EditContent).WithSummary("Enregistre une nouvelle version (brouillon).");

        api.MapPost("content/{id}/publish", async (string id, HttpRequest http, ContentManager manager, ContentActorFactory actors, ContentQuery query, CancellationToken ct) =>
        {
            PublishRequest? body = null;
            if (http.HasJsonContentType() && http.ContentLength != 0)
            {
                try
                {
                    body = await http.ReadFromJsonAsync<PublishRequest>(ct);
                }
                catch (System.Text.Json.JsonException)
                {
                    return ApiResults.Problem(StatusCodes.Status400BadRequest, "Le corps de la requête n'est pas un JSON valide : {\"publishAtUtc\": \"2026-12-01T08:00:00Z\"} ou rien.");
                }
            }
            var actor = await actors.CurrentAsync();
            var result = body?.PublishAtUtc is { } at
                ? await manager.ScheduleAsync(id, at, actor, ct)
                : await manager.PublishAsync(id, actor, ct);
            return ApiResults.From(result, item => Results.Ok(ContentItemDto.From(item, null)));
        }).RequireAuthorization().WithSummary("Publie maintenant, ou à la date donnée ({\"publishAtUtc\"}).");

        api.MapPost("content/{id}/unpublish", async (string id, ContentManager manager, ContentActorFactory actors, CancellationToken ct) =>
            ApiResults.From(await manager.UnpublishAsync(id, await actors.CurrentAsync(), ct), item => Results.Ok(ContentItemDto.From(item, null))))
            .RequireAuthorization();

        api.MapPost("content/{id}/submit", async (string id, ContentManager manager, ContentActorFactory actors, CancellationToken ct) =>
            ApiResults.From(await manager.SubmitAsync(id, await actors.CurrentAsync(), ct), item => Results.Ok(ContentItemDto.From(item, null))))
            .RequirePermission(ContentPermissions.EditContent).WithSummary("Soumet le brouillon à validation.");

        api.MapPost("content/{id}/approve", async (string id, ContentManager manager, ContentActorFactory actors, CancellationToken ct) =>
            ApiResults.From(await manager.ApproveAsync(id, await actors.CurrentAsync(), ct), item => Results.Ok(ContentItemDto.From(item, null))))
            .RequireAuthorization().WithSummary("Valide et publie un contenu soumis.");

        api.MapPost("content/{id}/send-back", async (string id, SendBackRequest request, ContentManager manager, ContentActorFactory actors, CancellationToken ct) =>
            ApiResults.From(await manager.SendBackAsync(id, request.Comment, await actors.CurrentAsync(), ct), item => Results.Ok(ContentItemDto.From(item, null))))
            .RequireAuthorization().WithSummary("Renvoie un contenu soumis à son auteur, avec un commentaire.");

        api.MapPost("content/{id}/versions/{number:int}/restore", async (string id, int number, ContentManager manager, ContentActorFactory actors, CancellationToken ct) =>
            ApiResults.From(await manager.RestoreAsync(id, number, await actors.CurrentAsync(), ct), item => Results.Ok(ContentItemDto.From(item, null))))
            .RequirePermission(ContentPermissions.EditContent);

        api.MapDelete("content/{id}", async (string id, ContentManager manager, ContentActorFactory actors, CancellationToken ct) =>
        {
            var result = await manager.DeleteAsync(id, await actors.CurrentAsync(), ct);
            return result.IsOk ? Results.NoContent() : ApiResults.Problem(result);
        }).RequireAuthorization();

        api.MapGet("content-types", async (ContentDefinitionStore store, CancellationToken ct) => Results.Ok(await store.ListAsync(ct)))
            .RequirePermission(ContentPermissions.EditContent).WithSummary("Les types de contenus, leurs parties et leurs champs.");
    }

    private static async Task<bool> CanAsync(IAuthorizationService authorization, ClaimsPrincipal user, Core.Modules.Permission permission) =>
        user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, permission.PolicyName)).Succeeded;

    // Without its type (removed since), an item shows the public none of its fields.
    private static async Task<ContentItemVersion> PublicCopyAsync(ContentDefinitionStore definitions, ContentPrivacy privacy, ContentItemVersion item, CancellationToken ct) =>
        privacy.PublicCopy(await definitions.FindAsync(item.ContentType, ct) ?? new ContentTypeDefinition { Name = item.ContentType, DisplayName = item.ContentType }, item);

    private static async Task<string?> UrlAsync(ContentQuery query, ContentItemVersion item, HttpContext http, CancellationToken ct) =>
        item.Published && await query.RelativeUrlAsync(item, ct) is { } relative
            ? http.RequestServices.GetRequiredService<SiteLinks>().Absolute(relative)
            : null;
}
