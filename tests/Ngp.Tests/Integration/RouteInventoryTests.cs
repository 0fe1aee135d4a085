using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>
/// Every address the site answers, against the list kept beside this file: outside clients, posters and bookmarks
/// depend on them, so a rename of a page class or file must not move one. A route added on purpose is accepted by
/// running the test once with <c>NGP_ACCEPT_ROUTES=1</c>, which rewrites the list, and committing it.
/// </summary>
public sealed class RouteInventoryTests
{
    [Fact]
    public async Task Routes_AreTheListedOnes_NoneMovedOrLost()
    {
        await using var factory = new SqliteFactory();
        _ = factory.Services;

        var routes = factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{e.RoutePattern.RawText?.TrimStart('/')}")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var listed = ListPath();
        if (Environment.GetEnvironmentVariable("NGP_ACCEPT_ROUTES") == "1")
            await File.WriteAllLinesAsync(listed, routes);
        var expected = (await File.ReadAllLinesAsync(listed)).Where(l => l.Length > 0).ToList();

        var lost = expected.Except(routes).ToList();
        var added = routes.Except(expected).ToList();
        Assert.True(lost.Count == 0 && added.Count == 0,
            $"Routes lost: {string.Join("; ", lost)}\nRoutes added: {string.Join("; ", added)}\n(A route added on purpose: run once with NGP_ACCEPT_ROUTES=1 and commit {Path.GetFileName(listed)}.)");
    }

    private static string ListPath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Routes.txt");
}
