using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Outbox;
using Ngp.Core.Security;
using Ngp.Users.Accounts;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration;

/// <summary>The Prometheus text at <c>/metrics</c>: the head office's administrators and the scraper's token only, with the site's own measures.</summary>
public abstract class MetricsTests<TFactory>
    where TFactory : NgpFactory, IWebNode, new()
{
    private const string ScraperToken = "jeton-du-collecteur-prometheus-0123456789abcdef";

    [SkippableFact]
    public async Task Metrics_WithTheScraperToken_AreReadWithoutAnAccount()
    {
        await using var factory = new TFactory();
        factory.Settings["Ngp:Telemetry:MetricsToken"] = ScraperToken;
        var scraper = factory.ClientFor("");
        scraper.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ScraperToken);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor("").GetAsync("")).StatusCode);

        var response = await scraper.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Metrics_WithAWrongScraperToken_OrUnderAnAgency_AreRefused()
    {
        await using var factory = new TFactory();
        factory.Settings["Ngp:Telemetry:MetricsToken"] = ScraperToken;
        var agency = await factory.CreateAgencyAsync();
        var guesser = factory.ClientFor("");
        guesser.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ScraperToken[..^1] + "0");
        var underTheAgency = factory.ClientFor(agency.PathBase);
        underTheAgency.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ScraperToken);

        var guessed = await guesser.GetAsync("metrics");
        var agencyAnswer = await underTheAgency.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        Assert.DoesNotContain("http_server", await guessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, agencyAnswer.StatusCode);
    }

    [SkippableFact]
    public async Task Metrics_WithABearerToken_WhenNoScraperTokenIsConfigured_AreRefused()
    {
        await using var factory = new TFactory();
        var scraper = factory.ClientFor("");
        scraper.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ScraperToken);
        // A visit first, as on a running site: on a fresh PostgreSQL host database the key ring is made by the first request.
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor("").GetAsync("")).StatusCode);

        var response = await scraper.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [SkippableFact]
    public async Task Start_WithAShortScraperToken_FailsNamingTheSetting()
    {
        await using var factory = new TFactory();
        factory.EnsureAvailable();
        factory.Settings["Ngp:Telemetry:MetricsToken"] = "court";

        var failure = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Ngp:Telemetry:MetricsToken", failure.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Metrics_WithoutSignIn_AreRefused()
    {
        await using var factory = new TFactory();

        var response = await factory.ClientFor("").GetAsync("metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("ngp_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Metrics_ForAHeadOfficeEditorOrUnderAnAgency_AreRefused()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        const string editorEmail = "redaction@siege.test";
        await new Agency(factory, factory.HeadOffice).InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<UserProvisioning>().EnsureUserAsync(editorEmail, NgpFactory.StrongPassword, [NgpRoles.Editor], null, CancellationToken.None);
            Assert.True(created.IsOk, created.Message);
            return 0;
        });
        var editor = await factory.TokenClientAsync("", editorEmail, NgpFactory.StrongPassword);

        var asEditor = await editor.GetAsync("metrics");
        var underTheAgency = await (await agency.AdminAsync()).GetAsync("metrics");

        Assert.Equal(HttpStatusCode.Forbidden, asEditor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, underTheAgency.StatusCode);
    }

    [SkippableFact]
    public async Task Metrics_AfterAVote_ShowTheVotesAndTheOutboxLagOfTheAgency_ToTheHeadOfficeAdmin()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), results: "live");
        var resident = await agency.CreateResidentAsync();
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "q", "a")).StatusCode);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var response = await (await factory.HeadOfficeAdminAsync()).GetAsync("metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"ngp_votes_total{{otel_scope_name=\"Ngp\",tenant=\"{agency.Name}\"}} 1", text.Replace("otel_scope_version=\"\",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches($"ngp_outbox_lag\\{{[^}}]*tenant=\"{agency.Name}\"\\}} \\d+", text);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }
}

public sealed class MetricsTestsOnSqlite : MetricsTests<SqliteNode>;

public sealed class MetricsTestsOnPostgres : MetricsTests<PostgresNode>;
