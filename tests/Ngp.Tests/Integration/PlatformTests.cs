using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public sealed class PlatformTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Favicon_AtTheRootAndUnderAnAgency_IsServedAndNamedByThePages()
    {
        var agency = await factory.CreateAgencyAsync();

        var ico = await factory.ClientFor("").GetAsync("favicon.ico");
        var svg = await agency.Client().GetAsync("favicon.svg");
        var page = await agency.Client().GetStringAsync("reunions");

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/x-icon", ico.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Contains($"<link rel=\"icon\" href=\"{agency.PathBase}/favicon.svg\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingsAndSynthesesPages_Titles_NameThePageBeforeTheAgency()
    {
        var agency = await factory.CreateAgencyAsync();

        var meetings = await agency.Client().GetStringAsync("reunions");
        var syntheses = await agency.Client().GetStringAsync("syntheses");

        Assert.Matches("<title>Réunions — [^<]+</title>", meetings);
        Assert.Matches("<title>Synthèses des réunions — [^<]+</title>", syntheses);
    }

    [Fact]
    public async Task Healthz_WithEveryDatabaseReachable_IsHealthy()
    {
        await factory.CreateAgencyAsync();

        var response = await factory.ClientFor("").GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TenantDatabase_OnSqlite_LetsSqliteWaitForTheWriteLock()
    {
        var agency = await factory.CreateAgencyAsync();

        // Without it the driver sleeps 150 ms at each collision, and a burst of votes lost some after 30 s.
        var timeout = await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Ngp.Core.Data.NgpDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(30_000, timeout);
    }

    [Fact]
    public async Task OpenApi_OnEveryTenant_DocumentsTheJsonApi()
    {
        var agency = await factory.CreateAgencyAsync();

        var document = JsonDocument.Parse(await agency.Client().GetStringAsync("api/v1/openapi.json")).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/me", paths);
        Assert.Contains("/api/v1/auth/token", paths);
        Assert.Contains("/api/v1/account/register", paths);
        Assert.Contains("/api/v1/tenants", paths);
    }

    [Fact]
    public async Task HomePage_OfAnAgency_IsFrenchWithItsNameAndSecurityHeaders()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().GetAsync("");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains($"<h1>Agence {agency.Name}</h1>", html);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_TranslatesTheInterfaceWithoutJavaScript()
    {
        var agency = await factory.CreateAgencyAsync();
        var browser = agency.Client(followRedirects: true);

        var english = await browser.GetStringAsync("langue?culture=en-GB&returnUrl=/compte/connexion");
        var backToFrench = await browser.GetStringAsync("langue?culture=fr-FR&returnUrl=/");

        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Sign in", english);
        Assert.Contains("<html lang=\"fr\">", backToFrench);
        Assert.Contains("Se connecter", backToFrench);
    }

    [Fact]
    public async Task LanguageSwitch_WithForeignReturnUrl_StaysOnTheSite()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().GetAsync("langue?culture=en-GB&returnUrl=//evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(agency.PathBase + "/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task UnknownPrefix_FallsToTheHeadOffice_AndAnswersNotFound()
    {
        var response = await factory.ClientFor("").GetAsync("agence-inexistante/compte");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
