using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Search;
using Ngp.Search.Indexing;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The indexing task log is pruned of superseded rows without changing what any index finds.</summary>
public abstract class SearchLogPruningTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static Task<(int Rows, int Items)> LogAsync(Agency agency) => agency.InScopeAsync(async sp =>
    {
        var tasks = sp.GetRequiredService<NgpDbContext>().Set<IndexingTask>();
        return (await tasks.CountAsync(), await tasks.Select(t => t.ContentItemId).Distinct().CountAsync());
    });

    [SkippableFact]
    public async Task Prune_AfterRepeatedChanges_ShrinksTheLogAndRebuildsAndReplaysFindTheSame()
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        var admin = await agency.AdminAsync();
        var laundry = await NewsApi.CreateAndPublishAsync(admin, "Nouvelle laverie commune", markdown: "La laverie ouvre au rez-de-chaussée.");
        await NewsApi.UnpublishAsync(admin, laundry);
        await NewsApi.PublishAsync(admin, laundry);
        var bikes = await NewsApi.CreateAndPublishAsync(admin, "Local à vélos fermé", markdown: "Le local à vélos ferme pour travaux.");
        await NewsApi.UnpublishAsync(admin, bikes);
        await agency.SyncAsync();
        var visitor = agency.Client();
        var queries = new[] { "q=laverie", "q=velos", "q=locataires", "q=&sort=date", "q=chantier&ambition=1" };
        var before = new List<string>();
        foreach (var query in queries)
            before.Add((await SearchHarness.SearchAsync(visitor, query)).ToString());
        var logBefore = await LogAsync(agency);
        Assert.True(logBefore.Rows > logBefore.Items, $"The log should hold superseded rows: {logBefore.Rows} rows for {logBefore.Items} items.");

        var pruned = await factory.Services.GetRequiredService<TaskLogPruner>().RunOnceAsync();

        var logAfter = await LogAsync(agency);
        Assert.True(pruned >= logBefore.Rows - logBefore.Items, $"Pruned {pruned} of {logBefore.Rows} rows for {logBefore.Items} items.");
        Assert.Equal((logBefore.Items, logBefore.Items), logAfter);
        var indexer = factory.Services.GetRequiredService<TenantIndexer>();
        await indexer.RebuildAsync(agency.Tenant);
        for (var i = 0; i < queries.Length; i++)
        {
            var after = await SearchHarness.SearchAsync(visitor, queries[i]);
            if (queries[i].Contains("sort=date", StringComparison.Ordinal))
            {
                Assert.Equal(before[i], after.ToString());
                continue;
            }
            // Relevance moves a little once the superseded documents are purged (their terms no longer count in the
            // index's statistics): the same documents are found, their order among near-equal scores may change.
            Assert.Equal(HitIds(JsonDocument.Parse(before[i]).RootElement), HitIds(after));
        }
        Assert.Contains("Nouvelle laverie commune", SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=laverie")));
        Assert.DoesNotContain("Local à vélos fermé", SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=velos")));

        // A node starting from nothing replays the pruned log and holds the same documents.
        using var store = new IndexStore();
        var node2 = new TenantIndexer(store, factory.Services.GetRequiredService<ITenantScopeFactory>(), factory.Services.GetRequiredService<TenantActivity>(), Options.Create(new SearchOptions { FolderName = "lucene-pruned" }), TimeProvider.System, NullLogger<TenantIndexer>.Instance);
        await node2.CatchUpAsync(agency.Tenant);
        Assert.Equal(indexer.IndexOf(agency.Tenant).DocumentCount(), node2.IndexOf(agency.Tenant).DocumentCount());
    }

    private static List<string> HitIds(JsonElement results) =>
        results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
}

public sealed class SearchLogPruningTestsOnSqlite(SqliteFactory factory) : SearchLogPruningTests<SqliteFactory>(factory);

public sealed class SearchLogPruningTestsOnPostgres(PostgresFactory factory) : SearchLogPruningTests<PostgresFactory>(factory);
