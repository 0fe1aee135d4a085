using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public sealed class StrictRateLimitFactory : SqliteFactory
{
    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        settings["Ngp:RateLimits:PerAccountPermitLimit"] = "3";
        settings["Ngp:RateLimits:PerIpPermitLimit"] = "8";
        settings["Ngp:RateLimits:WindowSeconds"] = "3600";
    }
}

public sealed class DisabledRateLimitFactory : SqliteFactory
{
    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        settings["Ngp:RateLimits:Enabled"] = "false";
        settings["Ngp:RateLimits:PerAccountPermitLimit"] = "1";
        settings["Ngp:RateLimits:PerIpPermitLimit"] = "1";
    }
}

public sealed class RateLimitTests(StrictRateLimitFactory strict, DisabledRateLimitFactory disabled)
    : IClassFixture<StrictRateLimitFactory>, IClassFixture<DisabledRateLimitFactory>
{
    [Fact]
    public async Task TokenRequests_ForOneAccount_AreLimitedWhateverThePassword()
    {
        var agency = await strict.CreateAgencyAsync();
        var client = agency.Client();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostAsJsonAsync("api/v1/auth/token", new { email = "locataire@ngp.local", password = NgpFactory.AdminPassword })).StatusCode);
        var limited = await client.PostAsJsonAsync("api/v1/auth/token", new { email = "LOCATAIRE@ngp.local ", password = NgpFactory.AdminPassword });
        var otherAccount = await client.PostAsJsonAsync("api/v1/auth/token", new { email = "agent@ngp.local", password = NgpFactory.AdminPassword });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Trop de tentatives", (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, otherAccount.StatusCode);
    }

    [Fact]
    public async Task Registrations_FromOneAddress_AreLimitedPerAgency()
    {
        var agency = await strict.CreateAgencyAsync();
        var other = await strict.CreateAgencyAsync();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 9; i++)
            statuses.Add((await agency.Client().PostAsJsonAsync("api/v1/account/register", new { email = $"ip{i}@exemple.fr", password = "x", leaseReference = "DEMO-0002" })).StatusCode);
        var elsewhere = await other.Client().PostAsJsonAsync("api/v1/account/register", new { email = "ip@exemple.fr", password = "x", leaseReference = "DEMO-0002" });

        Assert.All(statuses.Take(8), s => Assert.Equal(HttpStatusCode.UnprocessableEntity, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[8]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);
    }

    [Fact]
    public async Task RateLimits_WhenDisabledForLoadTests_NeverAnswerTooManyRequests()
    {
        var agency = await disabled.CreateAgencyAsync();
        var client = agency.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await client.PostAsJsonAsync("api/v1/auth/token", new { email = "agent@ngp.local", password = NgpFactory.AdminPassword })).StatusCode);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
