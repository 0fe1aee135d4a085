using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Contents;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Users.Leases;

namespace Ngp.Print.Posters;

public static class PosterEndpoints
{
    /// <summary>
    /// <c>GET api/v1/content/{id}/poster.pdf?buildings=A,B</c> for staff who write content. The admin's form sends the
    /// buildings as repeated values (<c>buildings=A&amp;buildings=B</c>): both are read.
    /// </summary>
    public static void MapPosters(this IEndpointRouteBuilder tenant) =>
        tenant.MapGet("api/v1/content/{id}/poster.pdf", async (string id, HttpRequest request, MakePoster poster, LeaseList leases, CancellationToken ct) =>
        {
            var buildings = await BuildingsAsync(request.Query["buildings"], leases, ct);
            var result = await poster.HandleAsync(id, buildings, ct);
            if (result.Status == ResultStatus.Invalid)
                return ApiResults.Problem(StatusCodes.Status400BadRequest, result.Message!, "buildings", result.Errors.GetValueOrDefault("buildings")?.FirstOrDefault());
            return ApiResults.From(result, file => Results.File(file.Content, "application/pdf", file.FileName));
        }).RequirePermission(ContentPermissions.EditContent).WithTags("Affiches")
        .WithSummary("L'affiche A4 d'un contenu publié, une page par bâtiment choisi (noms de la liste des baux, séparés par des virgules).");

    // A value that is a building's whole name stays whole, so « Les Lilas, bât. 2 » is not cut at its comma.
    private static async Task<IReadOnlyList<string>> BuildingsAsync(Microsoft.Extensions.Primitives.StringValues values, LeaseList leases, CancellationToken ct)
    {
        var asked = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        if (asked.Count == 0)
            return [];
        var known = asked.Any(v => v.Contains(',', StringComparison.Ordinal)) ? await leases.BuildingsAsync(ct) : [];
        return asked
            .SelectMany(v => known.Contains(v, StringComparer.OrdinalIgnoreCase) ? [v] : v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }
}
