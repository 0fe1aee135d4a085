using System.Net;
using System.Net.Http.Json;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>
/// Two web nodes on the same PostgreSQL databases share their rate limits: attempts spread over both nodes are counted
/// once (table <c>AttemptCounts</c> of the host database). PostgreSQL only: on SQLite there is one node, whose limits
/// <see cref="RateLimitTests"/> covers.
/// </summary>
public sealed class CrossNodeRateLimitTestsOnPostgres
{
    private static void Strict(IDictionary<string, string?> settings)
    {
        settings["Ngp:RateLimits:PerAccountPermitLimit"] = "3";
        settings["Ngp:RateLimits:PerIpPermitLimit"] = "8";
        settings["Ngp:RateLimits:WindowSeconds"] = "3600";
    }

    [SkippableFact]
    public async Task TokenRequests_ForOneAccount_SpreadOverTwoNodes_AreLimitedOnce()
    {
        await using var a = new StrictPostgresNode();
        var agency = await a.CreateAgencyAsync();
        await using var b = new SecondPostgresNode(a, Strict);
        HttpClient[] nodes = [a.ClientFor(agency.PathBase), b.ClientFor(agency.PathBase)];

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await nodes[i % 2].PostAsJsonAsync("api/v1/auth/token", new { email = NgpFactory.AdminEmail, password = NgpFactory.AdminPassword })).StatusCode);
        var otherAccountOnB = await nodes[1].PostAsJsonAsync("api/v1/auth/token", new { email = "agent@ngp.local", password = NgpFactory.AdminPassword });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherAccountOnB.StatusCode);
    }

    [SkippableFact]
    public async Task Registrations_FromOneAddress_SpreadOverTwoNodes_AreLimitedOnce()
    {
        await using var a = new StrictPostgresNode();
        var agency = await a.CreateAgencyAsync();
        await using var b = new SecondPostgresNode(a, Strict);
        HttpClient[] nodes = [a.ClientFor(agency.PathBase), b.ClientFor(agency.PathBase)];

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
            statuses.Add((await nodes[i % 2].PostAsJsonAsync("api/v1/account/register", new { email = $"ip{i}@exemple.fr", password = "x", leaseReference = "DEMO-0002" })).StatusCode);

        Assert.All(statuses.Take(8), s => Assert.Equal(HttpStatusCode.UnprocessableEntity, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[8]);
    }

    private sealed class StrictPostgresNode : PostgresFactory
    {
        protected override void AddSettings(IDictionary<string, string?> settings) => Strict(settings);
    }
}
