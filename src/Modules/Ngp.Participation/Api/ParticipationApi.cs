using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Modules;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Participation.Data;
using Ngp.Participation.Letters;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Api;

public static class ParticipationApi
{
    public static void MapParticipationApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Participation");

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
    }

    public sealed record DeskAnswerRequest(string? LeaseReference, IReadOnlyList<VoteRequest>? Answers);

    public static async Task<bool> CanAsync(IAuthorizationService authorization, ClaimsPrincipal user, Permission permission) =>
        user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, permission.PolicyName)).Succeeded;
}
