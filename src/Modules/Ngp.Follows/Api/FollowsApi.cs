using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Results;

namespace Ngp.Follows.Api;

public static class FollowsApi
{
    public static void MapFollowsApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Participation");

        api.MapPost("content/{id}/follow", async (string id, ToggleFollow handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(id, follow: true, ct), f => Results.Ok(new { following = f })))
            .RequireAuthorization().WithSummary("Suit un projet ou une concertation.");

        api.MapDelete("content/{id}/follow", async (string id, ToggleFollow handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(id, follow: false, ct), f => Results.Ok(new { following = f })))
            .RequireAuthorization().WithSummary("Ne suit plus un projet ou une concertation.");
    }
}
