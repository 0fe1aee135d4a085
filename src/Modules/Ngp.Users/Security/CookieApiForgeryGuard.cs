using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Ngp.Core.Results;

namespace Ngp.Users.Security;

/// <summary>
/// The JSON API accepts the site's cookie as well as bearer tokens. A cookie rides along with requests another site
/// makes, so a state-changing API request carried by the cookie must be one a foreign page cannot forge: a JSON or
/// CSV body (browsers ask the server first, and it says no), or the site's antiforgery token.
/// </summary>
public sealed class CookieApiForgeryGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (IsCookieAuthenticatedApiWrite(context) && !HasPreflightedBody(context.Request))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await ApiResults.Problem(StatusCodes.Status400BadRequest,
                    "Requête refusée : avec le cookie du site, envoyez un corps JSON ou le jeton anti-falsification, ou utilisez un jeton d'accès (Bearer).")
                    .ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    }

    private static bool IsCookieAuthenticatedApiWrite(HttpContext context) =>
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
        && context.Request.Path.StartsWithSegments("/api")
        && context.User.Identity?.IsAuthenticated == true
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool HasPreflightedBody(HttpRequest request) =>
        request.HasJsonContentType() || (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) ?? false);
}
