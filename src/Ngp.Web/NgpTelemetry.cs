using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Ngp.Core.Telemetry;
using Ngp.Tenants;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ngp.Web;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, HttpClient, Npgsql, the .NET runtime and the site's own
/// (<see cref="NgpMetrics"/>). Metrics are read at <see cref="MetricsPath"/> (Prometheus text) by the head office's
/// administrators and by a scraper presenting <see cref="TelemetryOptions.MetricsToken"/>; traces and metrics go to an OTLP collector only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class NgpTelemetry
{
    public const string MetricsPath = "/metrics";

    public static void AddNgpTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "ngp"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Npgsql")
                    .AddMeter(NgpMetrics.MeterName)
                    .AddPrometheusExporter();
                if (otlp)
                    metrics.AddOtlpExporter();
            });
        // Traces cost a little on every request; they are made only when someone collects them.
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter());
        }
    }

    /// <summary>
    /// <see cref="MetricsPath"/> on the head office: the scraper's token or an administrator who may manage the agencies;
    /// 401 without either, 403 for anyone else signed in, not found under an agency's address.
    /// </summary>
    public static void MapNgpMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            if (!http.RequestServices.GetRequiredService<ITenantContext>().Tenant.IsHeadOffice)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            if (IsScraper(http))
            {
                await next(http);
                return;
            }
            if (http.User.Identity?.IsAuthenticated != true)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            if (!(await authorization.AuthorizeAsync(http.User, TenantPermissions.ManageTenants.PolicyName)).Succeeded)
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next(http);
        }), optionsName: null);

    /// <summary>The request carries the configured scraper token (none configured: nobody is the scraper).</summary>
    private static bool IsScraper(HttpContext http)
    {
        var expected = http.RequestServices.GetRequiredService<IOptions<TelemetryOptions>>().Value.MetricsToken;
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(expected) || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        // Hashes of equal length compared in constant time: neither the token's characters nor its length leak through timing.
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
