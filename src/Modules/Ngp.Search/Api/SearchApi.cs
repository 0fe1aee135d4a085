using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Search.Querying;

namespace Ngp.Search.Api;

public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Recherche");

        api.MapGet("search", async (string? q, string? type, string? ambition, string? theme, string? year, string? sort, int? page, SearchService search, CancellationToken ct) =>
        {
            var view = await search.SearchTenantAsync(new SearchRequest { Q = q, Type = type, Ambition = ambition, Theme = theme, Year = year, Sort = sort, Page = page ?? 1 }, ct);
            return Results.Ok(SearchResponseDto.From(view));
        }).AllowAnonymous()
          .WithSummary("Recherche dans les contenus publiés de l'agence : résultats avec extraits (mots trouvés dans <mark>), facettes et total.");
    }
}
