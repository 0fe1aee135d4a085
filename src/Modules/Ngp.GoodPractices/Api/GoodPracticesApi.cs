using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Search.Api;
using Ngp.Search.Querying;

namespace Ngp.GoodPractices.Api;

public static class GoodPracticesApi
{
    /// <summary><c>GET api/v1/good-practices/search</c>: on the head office, the records every agency shares, with the agency facet.</summary>
    public static void MapGoodPracticesApi(this IEndpointRouteBuilder tenant) =>
        tenant.MapGroup("api/v1").WithTags("Recherche")
            .MapGet("good-practices/search", (string? q, string? agency, string? ambition, string? theme, string? year, string? sort, int? page, SearchService search, ITenantContext context) =>
            {
                if (!context.Tenant.IsHeadOffice)
                    return ApiResults.Problem(StatusCodes.Status404NotFound, "Les bonnes pratiques de toutes les agences se cherchent sur le site du siège.");
                var view = search.SearchShared(new SearchRequest { Q = q, Agency = agency, Ambition = ambition, Theme = theme, Year = year, Sort = sort, Page = page ?? 1 });
                return Results.Ok(SearchResponseDto.From(view));
            }).AllowAnonymous()
            .WithSummary("Siège : recherche dans les fiches de bonnes pratiques partagées par toutes les agences, avec la facette agence.");
}
