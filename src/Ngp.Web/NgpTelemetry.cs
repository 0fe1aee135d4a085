using Microsoft.AspNetCore.Authorization;
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
/// administrators; traces and metrics go to an OTLP collector only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
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
    /// <see cref="MetricsPath"/> on the head office: 401 without a sign-in, 403 for anyone who may not manage the
    /// agencies, not found under an agency's address.
    /// </summary>
    public static void MapNgpMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            if (!http.RequestServices.GetRequiredService<ITenantContext>().Tenant.IsHeadOffice)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
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
}
