using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Ngp.Core.Tenancy;

namespace Ngp.Tenants;

/// <summary>
/// Puts each request into exactly one tenant: finds it, moves its prefix into the path base (so links,
/// redirects and cookie paths follow), and refuses tenants that are not running.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext, TenantActivity activity)
    {
        var match = registry.Resolve(context.Request.Host, context.Request.Path);
        if (match is not { } found)
        {
            await WriteUnavailableAsync(context, StatusCodes.Status404NotFound, "Site introuvable", "Aucune agence ne répond à cette adresse.");
            return;
        }
        var (tenant, prefix) = found;
        var work = tenant.State == TenantState.Running ? activity.TryEnter(tenant.Name) : null;
        if (work is null)
        {
            var message = tenant.State == TenantState.Uninitialized
                ? "Le site de cette agence est en cours d'installation."
                : "Le site de cette agence est momentanément fermé.";
            await WriteUnavailableAsync(context, StatusCodes.Status503ServiceUnavailable, tenant.DisplayName, message);
            return;
        }

        // The request counts as work in the tenant until its scope ends, so removing the tenant waits for it.
        tenantContext.Set(tenant, work);
        if (prefix.Length > 0)
        {
            var segment = "/" + prefix;
            context.Request.Path.StartsWithSegments(segment, StringComparison.OrdinalIgnoreCase, out var remaining);
            if (!remaining.HasValue)
            {
                // "/grenoble-centre" without the slash: send the visitor to the home page's canonical address.
                context.Response.Redirect(context.Request.PathBase + segment + "/" + context.Request.QueryString);
                return;
            }
            context.Request.PathBase = context.Request.PathBase.Add(segment);
            context.Request.Path = remaining;
        }
        await next(context);
    }

    private static async Task WriteUnavailableAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.Value?.Contains("/api/", StringComparison.OrdinalIgnoreCase) == true)
        {
            await Results.Problem(title: message, statusCode: status).ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)}</title></head>
            <body><main><h1>{Html.Encode(title)}</h1><p>{Html.Encode(message)}</p></main></body></html>
            """);
    }
}
