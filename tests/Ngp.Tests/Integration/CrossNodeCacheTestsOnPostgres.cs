using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Settings;
using Ngp.Tenants;
using Ngp.Tests.Harness;
using Npgsql;

namespace Ngp.Tests.Integration;

/// <summary>
/// Two web nodes on the same PostgreSQL databases: what one changes, the other shows at once, well before the caches'
/// own lifetimes (15 s for the registry, 30 s for settings, 60 s for public pages) would have let it. PostgreSQL only:
/// on SQLite there is one node.
/// </summary>
public sealed class CrossNodeCacheTestsOnPostgres
{
    // Far less than the lifetimes the announcements replace: passing within it needs the announcement.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(8);

    [SkippableFact]
    public async Task NewsPublishedOnNodeA_ShowsOnNodeBsCachedHomePage_AtOnce()
    {
        await using var a = new PostgresFactory();
        var agency = await a.CreateAgencyAsync();
        await using var b = new SecondPostgresNode(a);
        await b.ListeningAsync();
        var visitorOnB = b.ClientFor(agency.PathBase);
        await visitorOnB.GetStringAsync("");

        var admin = await agency.AdminAsync();
        await NewsApi.CreateAndPublishAsync(admin, "Publiée sur le premier nœud");

        Assert.True(await EventuallyAsync(async () => (await visitorOnB.GetStringAsync("")).Contains("Publiée sur le premier nœud", StringComparison.Ordinal)),
            "The home page of node B still lacks the news published on node A.");
    }

    [SkippableFact]
    public async Task SiteNameChangedOnNodeA_ShowsOnNodeB_AtOnce()
    {
        await using var a = new PostgresFactory();
        var agency = await a.CreateAgencyAsync();
        await using var b = new SecondPostgresNode(a);
        await b.ListeningAsync();
        var visitorOnB = b.ClientFor(agency.PathBase);
        Assert.Contains($"Agence {agency.Name}", await visitorOnB.GetStringAsync(""));

        await agency.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<ISiteSettingsStore>();
            await store.SetAsync(await store.GetAsync() with { SiteName = "Résidences du Drac" });
            return await sp.GetRequiredService<NgpDbContext>().SaveChangesAsync();
        });

        Assert.True(await EventuallyAsync(async () => (await visitorOnB.GetStringAsync("")).Contains("Résidences du Drac", StringComparison.Ordinal)),
            "Node B still shows the old site name.");
    }

    [SkippableFact]
    public async Task AgencyCreatedOnNodeA_AnswersOnNodeB_AtOnce()
    {
        await using var a = new PostgresFactory();
        await a.CreateAgencyAsync();
        await using var b = new SecondPostgresNode(a);
        await b.ListeningAsync();

        var agency = await a.CreateAgencyAsync();

        Assert.True(await EventuallyAsync(() => Task.FromResult(b.Services.GetRequiredService<TenantRegistry>().Find(agency.Name)?.State == Ngp.Core.Tenancy.TenantState.Running)),
            "Node B does not know the agency created on node A, or not that it is set up.");
        Assert.Contains($"Agence {agency.Name}", await b.ClientFor(agency.PathBase).GetStringAsync(""));
    }

    [SkippableFact]
    public async Task NodeB_CutOffFromTheNotifications_ForgetsItsCachesWhenItListensAgain()
    {
        await using var a = new PostgresFactory();
        var agency = await a.CreateAgencyAsync();
        await using var b = new SecondPostgresNode(a);
        await b.ListeningAsync();
        var visitorOnB = b.ClientFor(agency.PathBase);
        Assert.Contains($"Agence {agency.Name}", await visitorOnB.GetStringAsync(""));

        // A change no node announces (written straight to the database), then node B's listening connection is cut.
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            var settings = await sp.GetRequiredService<ISiteSettingsStore>().GetAsync();
            var json = JsonSerializer.Serialize(settings with { SiteName = "Nom changé pendant la coupure" }, JsonSerializerOptions.Web);
            return await db.SiteSettings.Where(s => s.Key == SiteSettings.Key).ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, json));
        });
        await CutListeningConnectionAsync(b.Services.GetRequiredService<PostgresCacheSignals>().ApplicationName);

        Assert.True(await EventuallyAsync(async () => (await visitorOnB.GetStringAsync("")).Contains("Nom changé pendant la coupure", StringComparison.Ordinal)),
            "Node B kept its cached pages and settings after listening again.");
    }

    private static async Task CutListeningConnectionAsync(string applicationName)
    {
        await using var connection = new NpgsqlConnection(PostgresFactory.Template!.Replace("{database}", "postgres", StringComparison.Ordinal));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", applicationName);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var patience = System.Diagnostics.Stopwatch.StartNew();
        while (patience.Elapsed < Patience)
        {
            if (await condition())
                return true;
            await Task.Delay(50);
        }
        return await condition();
    }
}
