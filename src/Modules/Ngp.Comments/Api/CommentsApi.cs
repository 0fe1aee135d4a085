using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Comments.Data;
using Ngp.Comments.Threads;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;

namespace Ngp.Comments.Api;

public static class CommentsApi
{
    public static void MapCommentsApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Participation");

        api.MapGet("content/{id}/comments", async (string id, PublishedItems items, CommentReader reader, CurrentUser participant, CancellationToken ct) =>
        {
            var item = await items.FindAsync(id, ct);
            if (item is null || CommentPolicy.For(item) is not { } policy)
                return ApiResults.Problem(StatusCodes.Status404NotFound, CommentPolicy.NotCommentable);
            var thread = await reader.ThreadAsync(item.Id, participant.UserId, ct);
            return Results.Ok(new { items = thread.Roots.Select(Dto), total = thread.Count, open = policy.Open, stances = policy.Stances });
        }).AllowAnonymous().WithSummary("Les commentaires publiés d'un contenu, en fil (3 niveaux) ; open et stances disent ce que son type permet.");

        api.MapPost("content/{id}/comments", async (string id, CommentRequest request, PostComment handler, CurrentUser participant,
            CommentsThrottle throttle, ITenantContext tenant, CancellationToken ct) =>
        {
            if (!throttle.TryComment(tenant.Tenant.Name, participant.UserId ?? ""))
                return ApiResults.Problem(StatusCodes.Status429TooManyRequests, CommentsThrottle.Message);
            var result = await handler.HandleAsync(id, request, ct);
            return ApiResults.From(result, c => Results.Created($"api/v1/comments/{c.Id}", new
            {
                id = c.Id, parentId = c.ParentId, depth = c.Depth, stance = c.Stance, body = c.Body, proposal = c.Proposal,
                status = c.Status.ToString(), createdUtc = c.CreatedUtc,
            }));
        }).RequireAuthorization().WithSummary("Commente : {\"body\",\"stance\":\"for|neutral|against\",\"proposal\",\"parentId\"} ; une objection porte une proposition.");

        api.MapPut("comments/{id:long}", async (long id, CommentRequest request, EditComment handler, CurrentUser participant, CommentsThrottle throttle, ITenantContext tenant, CancellationToken ct) =>
        {
            if (!throttle.TryComment(tenant.Tenant.Name, participant.UserId ?? ""))
                return ApiResults.Problem(StatusCodes.Status429TooManyRequests, CommentsThrottle.Message);
            return ApiResults.From(await handler.HandleAsync(id, request, ct), c => Results.Ok(new { id = c.Id, body = c.Body, stance = c.Stance, proposal = c.Proposal, editedUtc = c.EditedUtc }));
        }).RequireAuthorization().WithSummary("L'auteur modifie son commentaire (marqué « modifié »).");

        api.MapDelete("comments/{id:long}", async (long id, DeleteComment handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, ct);
            return result.IsOk ? Results.NoContent() : ApiResults.Problem(result);
        }).RequireAuthorization().WithSummary("L'auteur supprime son commentaire.");

        api.MapPost("comments/{id:long}/support", async (long id, SupportProposal handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(id, ct), count => Results.Ok(new { supports = count })))
            .RequireAuthorization().WithSummary("Soutient la proposition d'un commentaire (une fois par personne).");

        api.MapPost("comments/{id:long}/report", async (long id, ReportRequest request, ReportComment handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(id, request, ct), count => Results.Ok(new { reports = count })))
            .RequireAuthorization().WithSummary("Signale un commentaire : {\"reason\":\"spam|offensive|off-topic\"} ; masqué après 3 signalements.");

        api.MapPost("comments/{id:long}/moderate", async (long id, ModerationRequest request, ModerateComment handler, CancellationToken ct) =>
        {
            if (!Enum.TryParse<ModerationAction>(request.Action, ignoreCase: true, out var action))
                return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, "Action inconnue.", "action", "Actions : hide, restore, block.");
            return ApiResults.From(await handler.HandleAsync(id, action, request.Days, ct), c => Results.Ok(new { id = c.Id, status = c.Status.ToString() }));
        }).RequirePermission(CommentsPermissions.ModerateComments).WithSummary("Modère : {\"action\":\"hide|restore|block\",\"days\"}.");
    }

    private static object Dto(CommentView c) => new
    {
        id = c.Id,
        parentId = c.ParentId,
        depth = c.Depth,
        author = c.AuthorName,
        stance = c.Stance,
        body = c.Body,
        bodyHtml = c.BodyHtml,
        proposal = c.Proposal,
        supports = c.Supports,
        status = c.Status.ToString(),
        deleted = c.Status == CommentStatus.Deleted,
        createdUtc = c.CreatedUtc,
        editedUtc = c.EditedUtc,
        replies = c.Replies.Select(Dto),
    };
}
