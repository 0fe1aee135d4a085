using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;

namespace Ngp.Web.Errors;

/// <summary>
/// What a failed request answers: problem details in French for the API, a French page with a way back for people.
/// A failure of the site itself (500, 503) gets a page written here, which needs neither the database nor the layout,
/// since they may be what failed; other statuses get the theme's page (<c>/erreur/{code}</c>), run again inside the tenant.
/// </summary>
public static class ErrorResponses
{
    public const string PagePath = "/erreur/";

    /// <summary>Seconds a client is asked to wait while the database cannot be reached.</summary>
    public const int RetryAfterSeconds = 30;

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The exception handler: 503 with <c>Retry-After</c> while the database cannot be reached, 500 otherwise.</summary>
    public static async Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is not null && DatabaseOutage.Is(error) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (ErrorTexts.IsApi(context.Request.Path))
        {
            await ProblemAsync(context, status);
            return;
        }
        await WriteStandalonePageAsync(context, status);
    }

    /// <summary>The status-code pages: an empty 4xx or 5xx answer gets its French body.</summary>
    public static async Task HandleStatusCodeAsync(StatusCodeContext statusContext)
    {
        var context = statusContext.HttpContext;
        var status = context.Response.StatusCode;
        if (ErrorTexts.IsApi(context.Request.Path))
        {
            await ProblemAsync(context, status);
            return;
        }
        if (status >= 500)
        {
            await WriteStandalonePageAsync(context, status);
            return;
        }
        await ReExecuteAsync(statusContext, status);
    }

    private static Task ProblemAsync(HttpContext context, int status) =>
        Results.Problem(title: ErrorTexts.ForApi(status), statusCode: status).ExecuteAsync(context);

    // Runs the theme's error page in place of the empty answer, as a GET (a refused form is shown a page, not re-posted).
    private static async Task ReExecuteAsync(StatusCodeContext statusContext, int status)
    {
        var context = statusContext.HttpContext;
        var request = context.Request;
        var (path, query, method) = (request.Path, request.QueryString, request.Method);
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPathBase = request.PathBase.Value ?? "",
            OriginalPath = path.Value ?? "",
            OriginalQueryString = query.HasValue ? query.Value : null,
        });
        context.SetEndpoint(null);
        context.Features.Get<IRouteValuesFeature>()?.RouteValues.Clear();
        request.Path = PagePath + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;
        try
        {
            await statusContext.Next(context);
        }
        finally
        {
            (request.Path, request.QueryString, request.Method) = (path, query, method);
            context.Features.Set<IStatusCodeReExecuteFeature>(null);
        }
    }

    private static Task WriteStandalonePageAsync(HttpContext context, int status)
    {
        var (title, message) = ErrorTexts.ForPage(status);
        var tenant = context.RequestServices.GetService<ITenantContext>() is { HasTenant: true } tenantContext ? tenantContext.Tenant : null;
        var site = tenant?.DisplayName ?? "NGP";
        var home = context.Request.PathBase + "/";
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} — {Html.Encode(site)}</title>
            <link rel="stylesheet" href="{Html.Encode(context.Request.PathBase + "/_content/Ngp.Theme.Public/css/site.css")}"></head>
            <body><main id="contenu" class="container error-page">
            <p class="site-name">{Html.Encode(site)}</p>
            <h1>{Html.Encode(title)}</h1>
            <p>{Html.Encode(message)}</p>
            <p class="error-code">Code d'erreur : {status}</p>
            <p><a href="{Html.Encode(context.Request.PathBase + context.Request.Path + context.Request.QueryString)}">Réessayer</a> · <a href="{Html.Encode(home)}">Retour à l'accueil</a></p>
            </main></body></html>
            """);
    }
}
