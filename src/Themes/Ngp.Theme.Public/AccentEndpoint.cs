using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Settings;

namespace Ngp.Theme.Public;

public static class AccentEndpoint
{
    /// <summary>
    /// <c>GET theme/accent.css?v=…</c>: the agency's colours as CSS variables. The layout links it with the colour in
    /// <c>v</c>, so an address names one palette and browsers keep it for a year; another colour is another address.
    /// </summary>
    public static void MapAccentStylesheet(this IEndpointRouteBuilder tenant) =>
        tenant.MapGet("theme/accent.css", async (string? v, HttpContext context, ISiteSettingsStore settings) =>
        {
            var palette = AccentPalette.From((await settings.GetAsync(context.RequestAborted)).PrimaryColor);
            context.Response.Headers.CacheControl = v == Version(palette) ? "public, max-age=31536000, immutable" : "no-cache";
            return Results.Text(palette.ToCss(), "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();

    /// <summary>The <c>v</c> the layout writes: the accent itself, without its « # ».</summary>
    public static string Version(AccentPalette palette) => palette.Accent.TrimStart('#');
}
