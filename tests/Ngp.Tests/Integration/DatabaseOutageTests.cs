using System.Net;
using Ngp.Tests.Harness;
using Npgsql;

namespace Ngp.Tests.Integration;

/// <summary>The site on PostgreSQL reached through a relay the test cuts, as if the server went down.</summary>
public sealed class OutagePostgresFactory : PostgresFactory
{
    private TcpProxy? _proxy;

    public TcpProxy Proxy => _proxy ?? throw new InvalidOperationException("The site has not started yet.");

    protected override void AddDatabaseSettings(IDictionary<string, string?> settings)
    {
        base.AddDatabaseSettings(settings);
        var template = new NpgsqlConnectionStringBuilder(Template);
        _proxy ??= new TcpProxy(template.Host!, template.Port);
        template.Host = "127.0.0.1";
        template.Port = _proxy.Port;
        // A broken pooled connection is found at its next use; fewer kept connections find it sooner.
        template.MinPoolSize = 0;
        settings["Ngp:Database:ConnectionStringTemplate"] = template.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
            await _proxy.DisposeAsync();
    }
}

public sealed class DatabaseOutageTestsOnPostgres(OutagePostgresFactory factory) : IClassFixture<OutagePostgresFactory>
{
    private static HttpRequestMessage Browser(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        return request;
    }

    [SkippableFact]
    public async Task DatabaseDown_Answers503WithRetryAfter_NotReady_ThenRecovers()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = agency.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = resident.Email, ["Input.Password"] = resident.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("notifications")).StatusCode);

        factory.Proxy.Cut();
        var api = await resident.Api.GetAsync("api/v1/notifications");
        var page = await browser.SendAsync(Browser("notifications"));
        var ready = await factory.ClientFor("").GetAsync("healthz/ready");
        var live = await factory.ClientFor("").GetAsync("healthz/live");
        factory.Proxy.Restore();
        var afterApi = await resident.Api.GetAsync("api/v1/notifications");
        var afterPage = await browser.GetAsync("notifications");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), api.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Le site est momentanément indisponible", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rien de ce que vous avez déjà enregistré n'est perdu", Forms.Text(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterApi.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterPage.StatusCode);
    }
}
