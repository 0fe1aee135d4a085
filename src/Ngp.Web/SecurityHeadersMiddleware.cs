using Microsoft.Extensions.Options;
using Ngp.Web.Https;

namespace Ngp.Web;

/// <summary>Headers every answer carries: a strict content security policy and the usual hardening; HSTS over HTTPS when set.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<HttpsOptions> https)
{
    private readonly string? _hsts = https.Value.Hsts ? $"max-age={(int)TimeSpan.FromDays(https.Value.HstsMaxAgeDays).TotalSeconds}" : null;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            if (_hsts is not null && context.Request.IsHttps)
                headers.StrictTransportSecurity = _hsts;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
