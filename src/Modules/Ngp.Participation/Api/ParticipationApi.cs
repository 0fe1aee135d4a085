using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Modules;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Participation.Comments;
using Ngp.Participation.Data;
using Ngp.Participation.Follows;
using Ngp.Participation.Letters;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Api;

public static class ParticipationApi
{
    public static void MapParticipationApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Participation");

        api.MapGet("content/{id}/comments", async (string id, ParticipationItems items, CommentReader reader, CurrentParticipant participant, CancellationToken ct) =>
        {
            var item = await items.PublishedAsync(id, ct);
            if (item is null || !item.Has("Commentable"))
                return ApiResults.Problem(StatusCodes.Status404NotFound, "Ce contenu n'existe pas ou n'accepte pas de commentaires.");
            var thread = await reader.ThreadAsync(item.Id, participant.UserId, ct);
            return Results.Ok(new { items = thread.Roots.Select(Dto), total = thread.Count });
        }).AllowAnonymous().WithSummary("Les commentaires publiés d'un contenu, en fil (3 niveaux).");

        api.MapPost("content/{id}/comments", async (string id, CommentRequest request, PostComment handler, CommentReader reader, CurrentParticipant participant,
            ParticipationThrottle throttle, ITenantContext tenant, CancellationToken ct) =>
        {
            if (!throttle.TryComment(tenant.Tenant.Name, participant.UserId ?? ""))
                return ApiResults.Problem(StatusCodes.Status429TooManyRequests, ParticipationThrottle.CommentMessage);
            var result = await handler.HandleAsync(id, request, ct);
            return ApiResults.From(result, c => Results.Created($"api/v1/comments/{c.Id}", new
            {
                id = c.Id, parentId = c.ParentId, depth = c.Depth, stance = c.Stance, body = c.Body, proposal = c.Proposal,
                status = c.Status.ToString(), createdUtc = c.CreatedUtc,
            }));
        }).RequireAuthorization().WithSummary("Commente : {\"body\",\"stance\":\"for|neutral|against\",\"proposal\",\"parentId\"} ; une objection porte une proposition.");

        api.MapPut("comments/{id:long}", async (long id, CommentRequest request, EditComment handler, CurrentParticipant participant, ParticipationThrottle throttle, ITenantContext tenant, CancellationToken ct) =>
        {
            if (!throttle.TryComment(tenant.Tenant.Name, participant.UserId ?? ""))
                return ApiResults.Problem(StatusCodes.Status429TooManyRequests, ParticipationThrottle.CommentMessage);
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
        }).RequirePermission(ParticipationPermissions.ModerateComments).WithSummary("Modère : {\"action\":\"hide|restore|block\",\"days\"}.");

        api.MapPost("consultations/{id}/votes", async (string id, VoteRequest request, CastVote handler, CurrentParticipant participant, ParticipationThrottle throttle, ITenantContext tenant, CancellationToken ct) =>
        {
            if (!throttle.TryVote(tenant.Tenant.Name, participant.UserId ?? ""))
                return ApiResults.Problem(StatusCodes.Status429TooManyRequests, ParticipationThrottle.VoteMessage);
            return ApiResults.From(await handler.HandleAsync(id, request, ct), r => Results.Ok(new { voteId = r.VoteId, questionId = r.QuestionId, optionIds = r.OptionIds, changed = r.Changed }));
        }).RequireAuthorization().WithSummary("Vote : {\"questionId\",\"optionIds\":[..]} ; un vote par locataire et question, modifiable jusqu'à la clôture.");

        api.MapGet("consultations/{id}/results", async (string id, ResultsReader reader, ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken ct) =>
            ApiResults.From(await reader.ReadAsync(id, await CanAsync(authorization, user, ParticipationPermissions.ExportResults), ct), Results.Ok))
            .AllowAnonymous().WithSummary("Résultats d'une concertation (cachés jusqu'à la clôture sauf résultats en direct).");

        api.MapGet("consultations/{id}/results.csv", async (string id, ResultsExport export, CancellationToken ct) =>
            ApiResults.From(await export.CsvAsync(id, ct), csv => Results.Text(csv, "text/csv; charset=utf-8")))
            .RequirePermission(ParticipationPermissions.ExportResults).WithSummary("Export CSV des résultats ; pour un choix de logement, un choix par bail et bâtiment.");

        api.MapPost("consultations/{id}/answers", async (string id, DeskAnswerRequest request, RecordAnswerAtDesk handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(id, request.LeaseReference, request.Answers ?? [], ct), count => Results.Ok(new { answers = count, channel = VoteChannels.Desk })))
            .RequirePermission(ParticipationPermissions.RecordAnswers)
            .WithSummary("Enregistre la réponse d'un foyer reçue par courrier, à l'accueil ou par téléphone : {\"leaseReference\",\"answers\":[{\"questionId\",\"optionIds\":[..]}]} ; une réponse par bail.");

        api.MapGet("consultations/{id}/letters.pdf", async (string id, string?[]? buildings, PrintLetters handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, buildings ?? [], ct);
            return result.IsOk ? Results.File(result.Value, "application/pdf", "courriers.pdf") : ApiResults.Problem(result);
        }).RequirePermission(ParticipationPermissions.RecordAnswers)
            .WithSummary("Courriers d'une concertation (PDF) : une page par bail des immeubles choisis (buildings=A,B), chacune avec un code à usage unique et son QR code.");

        api.MapPost("content/{id}/follow", async (string id, ToggleFollow handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(id, follow: true, ct), f => Results.Ok(new { following = f })))
            .RequireAuthorization().WithSummary("Suit un projet ou une concertation.");

        api.MapDelete("content/{id}/follow", async (string id, ToggleFollow handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(id, follow: false, ct), f => Results.Ok(new { following = f })))
            .RequireAuthorization().WithSummary("Ne suit plus un projet ou une concertation.");
    }

    public sealed record ModerationRequest(string? Action, int? Days);

    public sealed record DeskAnswerRequest(string? LeaseReference, IReadOnlyList<VoteRequest>? Answers);

    public static async Task<bool> CanAsync(IAuthorizationService authorization, ClaimsPrincipal user, Permission permission) =>
        user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, permission.PolicyName)).Succeeded;

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
