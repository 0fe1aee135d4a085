using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>The baseline server: WebApplication with one endpoint and the site's logging levels, nothing else.</summary>
public static class BareServer
{
    public const string Mode = "bare-server";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The site's appsettings.json keeps Microsoft.AspNetCore at Warning: no log line per request here either.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/", () => "hello");
        await app.RunAsync();
    }
}
