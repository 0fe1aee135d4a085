using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Web;

namespace Ngp.Theme.Public;

public static class LanguageEndpoint
{
    private static readonly HashSet<string> Supported = ["fr-FR", "en-GB"];

    /// <summary><c>GET langue?culture=en-GB&amp;returnUrl=…</c>: remembers the language in a cookie and goes back, without JavaScript.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder tenant) =>
        tenant.MapGet("langue", (string? culture, string? returnUrl, HttpContext context, ReturnUrls returnUrls) =>
        {
            if (culture is not null && Supported.Contains(culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
            }
            return Results.Redirect(returnUrls.FromTenantRoot(context.Request, returnUrl, context.Request.PathBase + "/"));
        }).AllowAnonymous().ExcludeFromDescription();
}
