using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Contents.Items;

namespace Ngp.Contents.ShortLinks;

public static class ShortLinkEndpoints
{
    /// <summary>
    /// <c>GET /a/{code}</c>: a 302 to the item's page as it is now (a 302, so a later slug is followed); an unknown
    /// code or an item no longer published gets the agency's « page introuvable ».
    /// </summary>
    public static void MapShortLinks(this IEndpointRouteBuilder tenant) =>
        tenant.MapGet("a/{code}", async (string code, HttpRequest request, ShortLinkStore shortLinks, ContentQuery query, CancellationToken ct) =>
        {
            if (await shortLinks.FindItemAsync(code, ct) is not { } id
                || await query.PublishedAsync(id, ct) is not { } item
                || await query.RelativeUrlAsync(item, ct) is not { } relative)
                return Results.NotFound();
            return Results.Redirect($"{request.PathBase}/{relative}");
        }).AllowAnonymous().ExcludeFromDescription();
}
