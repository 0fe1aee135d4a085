using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Ngp.Search;
using Ngp.Search.Indexing;
using Ngp.Search.Querying;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>Search as visitors and agencies use it: the demo agency's content found in French, the log that keeps indexes in step, the shared index.</summary>
public abstract class SearchTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public async Task Search_DemoAgency_FindsRecordsWhateverTheFrenchForm()
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        await agency.SyncAsync();
        var visitor = agency.Client();

        foreach (var query in new[] { "rénover cuisine", "renovation cuisines", "RÉNOVATIONS" })
            Assert.Contains("Choisir la finition de sa cuisine lors de la rénovation", SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=" + Uri.EscapeDataString(query))));
        var rehabilitations = await SearchHarness.SearchAsync(visitor, "q=" + Uri.EscapeDataString("réhabilitations"));
        Assert.Contains("Réhabilitation des Alpins : le chantier démarre", SearchHarness.Titles(rehabilitations));
        Assert.Contains("Un point d'étape mensuel pendant la réhabilitation", SearchHarness.Titles(rehabilitations));
        var hit = rehabilitations.GetProperty("hits").EnumerateArray().First();
        Assert.Contains("<mark>", hit.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(agency.PathBase + "/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_WordsOfAProjectsPhasesAndRoadMapOrAConsultationsOptions_FindsThem_ButNoStakeholderAddress()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.SyncAsync();
        var visitor = agency.Client();

        // A phase update, a road-map objective, a consultation option: each indexed by its own part.
        // « Diagnostic » is in every project's first phase and in one of the Alpins' updates; nowhere else.
        var diagnostic = SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=diagnostic"));
        Assert.Equal("Réhabilitation de la résidence Les Alpins", diagnostic[0]);
        Assert.Equal(["Jardins partagés du Clos des Tilleuls", "Réhabilitation de la résidence Les Alpins", "Résidentialisation des Terrasses du Drac"], diagnostic.Order(StringComparer.Ordinal));
        Assert.Equal(["Jardins partagés du Clos des Tilleuls"], SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=parcelles")));
        Assert.Equal(["Aménagement des cuisines des Alpins : votre avis"], SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=" + Uri.EscapeDataString("éclairage"))));
        // The road map names its stakeholders in public, never their e-mail addresses (the demo's only ones end in « example »).
        Assert.Equal(["Réhabilitation de la résidence Les Alpins"], SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=" + Uri.EscapeDataString("Bâti-Isère"))));
        Assert.Equal(0, (await SearchHarness.SearchAsync(visitor, "q=example")).GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Search_FacetCounts_EqualTheFilteredTotals()
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        await agency.SyncAsync();
        var visitor = agency.Client();

        var all = await SearchHarness.SearchAsync(visitor, "q=locataires");
        Assert.True(all.GetProperty("total").GetInt32() > 3);
        var parameters = new Dictionary<string, string> { ["type"] = "type", ["ambition"] = "ambition", ["theme"] = "theme", ["year"] = "year" };
        foreach (var (facet, parameter) in parameters)
        {
            var values = all.GetProperty("facets").GetProperty(facet).EnumerateArray().ToList();
            Assert.NotEmpty(values);
            foreach (var value in values)
            {
                var narrowed = await SearchHarness.SearchAsync(visitor, $"q=locataires&{parameter}={Uri.EscapeDataString(value.GetProperty("value").GetString()!)}");
                Assert.Equal(value.GetProperty("count").GetInt32(), narrowed.GetProperty("total").GetInt32());
            }
        }
        Assert.Contains(all.GetProperty("facets").GetProperty("type").EnumerateArray(), v => v.GetProperty("label").GetString() == "Fiche de bonne pratique");
    }

    [SkippableFact]
    public async Task Publish_ThenUnpublishAndDelete_FindableThenGone()
    {
        var agency = await factory.CreateAgencyAsync("agency");
        var admin = await agency.AdminAsync();
        var visitor = agency.Client();
        var id = await NewsApi.CreateAndPublishAsync(admin, "Fête des voisins aux Glycines", markdown: "Apportez un plat : **barbecue** géant dans la cour.");
        var other = await NewsApi.CreateAndPublishAsync(admin, "Barbecue interdit sur les balcons");

        await agency.SyncAsync();
        Assert.Contains("Fête des voisins aux Glycines", SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=barbecue")));

        await NewsApi.UnpublishAsync(admin, id);
        await agency.SyncAsync();
        Assert.Equal(["Barbecue interdit sur les balcons"], SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=barbecue")));

        Assert.True((await admin.DeleteAsync($"api/v1/content/{other}")).IsSuccessStatusCode);
        await agency.SyncAsync();
        Assert.Equal(0, (await SearchHarness.SearchAsync(visitor, "q=barbecue")).GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Drafts_AreNeverFound()
    {
        var agency = await factory.CreateAgencyAsync("agency");
        var admin = await agency.AdminAsync();
        var visitor = agency.Client();
        await NewsApi.CreateAsync(admin, "Brouillon sur la chaufferie", markdown: "Texte secret de la chaufferie.");
        var published = await NewsApi.CreateAndPublishAsync(admin, "Ascenseur en panne", markdown: "Le technicien passe lundi.");
        var edit = await admin.PutAsJsonAsync($"api/v1/content/{published}", new { title = "Ascenseur en panne", parts = new { Summary = new { text = "Résumé." }, Body = new { markdown = "Nouvelle version : la chaufferie aussi." } } });
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync());

        await agency.SyncAsync();
        Assert.Equal(0, (await SearchHarness.SearchAsync(visitor, "q=chaufferie")).GetProperty("total").GetInt32());
        Assert.Equal(["Ascenseur en panne"], SearchHarness.Titles(await SearchHarness.SearchAsync(visitor, "q=technicien")));
    }

    [SkippableFact]
    public async Task Rebuild_FromTheDatabase_GivesTheSameResults()
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        await NewsApi.CreateAndPublishAsync(await agency.AdminAsync(), "Nouvelle laverie commune", markdown: "La laverie ouvre au rez-de-chaussée.");
        await agency.SyncAsync();
        var visitor = agency.Client();
        var queries = new[] { "q=locataires", "q=laverie", "q=&sort=date", "q=chantier&ambition=1", "q=formation&theme=Formation" };
        var before = new List<string>();
        foreach (var query in queries)
            before.Add((await SearchHarness.SearchAsync(visitor, query)).ToString());
        var indexer = factory.Services.GetRequiredService<TenantIndexer>();
        var oldGeneration = indexer.IndexOf(agency.Tenant).GenerationName;

        await indexer.RebuildAsync(agency.Tenant);

        Assert.NotEqual(oldGeneration, indexer.IndexOf(agency.Tenant).GenerationName);
        Assert.False(Directory.Exists(Path.Combine(indexer.FolderOf(agency.Tenant), oldGeneration)));
        for (var i = 0; i < queries.Length; i++)
            Assert.Equal(before[i], (await SearchHarness.SearchAsync(visitor, queries[i])).ToString());
    }

    [SkippableFact]
    public async Task IndexFolder_DeletedByHand_IsRebuiltFromTheLog()
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        await agency.SyncAsync();
        var indexer = factory.Services.GetRequiredService<TenantIndexer>();
        var expected = indexer.IndexOf(agency.Tenant).DocumentCount();
        // 5 news, 10 good practices, 3 projects, 4 consultations, 3 meetings and a synthesis.
        Assert.Equal(26, expected);

        // A second node's indexer (its own folder and process-level store) starts from nothing and replays the whole log.
        using var store = new IndexStore();
        var node2 = new TenantIndexer(store, factory.Services.GetRequiredService<ITenantScopeFactory>(), factory.Services.GetRequiredService<TenantActivity>(), Options.Create(new SearchOptions { FolderName = "lucene-node2" }), TimeProvider.System, NullLogger<TenantIndexer>.Instance);
        await node2.CatchUpAsync(agency.Tenant);
        Assert.Equal(expected, node2.IndexOf(agency.Tenant).DocumentCount());
    }

    [SkippableFact]
    public async Task TwoNodes_OnOneDatabase_Converge()
    {
        var agency = await factory.CreateAgencyAsync("agency");
        var admin = await agency.AdminAsync();
        var scopes = factory.Services.GetRequiredService<ITenantScopeFactory>();
        using var store2 = new IndexStore();
        var node1 = factory.Services.GetRequiredService<TenantIndexer>();
        var node2 = new TenantIndexer(store2, scopes, factory.Services.GetRequiredService<TenantActivity>(), Options.Create(new SearchOptions { FolderName = "lucene-node2", BatchSize = 3 }), TimeProvider.System, NullLogger<TenantIndexer>.Instance);

        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
            ids.Add(await NewsApi.CreateAndPublishAsync(admin, $"Atelier compost numéro {i}"));
        await factory.Services.GetRequiredService<Ngp.Core.Outbox.OutboxDispatcher>().DrainAsync(agency.Tenant);
        await node1.CatchUpAsync(agency.Tenant);
        await NewsApi.UnpublishAsync(admin, ids[0]);
        await admin.DeleteAsync($"api/v1/content/{ids[1]}");
        await factory.Services.GetRequiredService<Ngp.Core.Outbox.OutboxDispatcher>().DrainAsync(agency.Tenant);
        await node2.CatchUpAsync(agency.Tenant);
        await node1.CatchUpAsync(agency.Tenant);

        var request = new SearchRequest { Q = "compost", Sort = "date", PageSize = 50 };
        var one = SiteSearcher.Search(node1.IndexOf(agency.Tenant), store2.Analyzer, request);
        var two = SiteSearcher.Search(node2.IndexOf(agency.Tenant), store2.Analyzer, request);
        Assert.Equal(5, one.Total);
        Assert.Equal(one.Hits.Select(h => h.Id), two.Hits.Select(h => h.Id));
        Assert.Equal(node1.IndexOf(agency.Tenant).Cursor(TenantIndexer.CursorKey), node2.IndexOf(agency.Tenant).Cursor(TenantIndexer.CursorKey));
    }

    [SkippableFact]
    public async Task SharedIndex_ShowsEveryAgencysSharedRecordsOnly_AndForgetsADisabledAgency()
    {
        var first = await factory.CreateAgencyAsync("agency-showcase");
        var second = await factory.CreateAgencyAsync("agency-showcase");
        var unshared = await SearchHarness.CreateGoodPracticeAsync(await first.AdminAsync(), "Fiche interne sur les clés", shared: false, context: "Gestion des trousseaux de clés.");
        await SearchHarness.CreateGoodPracticeAsync(await second.AdminAsync(), "Fiche partagée sur les clés", shared: true, context: "Gestion des trousseaux de clés.");
        await first.SyncAsync();
        await second.SyncAsync();
        var headOffice = factory.ClientFor("");

        async Task<JsonElement> SharedAsync(string query)
        {
            var response = await headOffice.GetAsync("api/v1/good-practices/search?" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }

        foreach (var agency in new[] { first, second })
        {
            var records = await SharedAsync("agency=" + agency.Name);
            // The demo recipe shares 7 of its 10 records.
            Assert.Equal(agency == second ? 8 : 7, records.GetProperty("total").GetInt32());
            Assert.All(records.GetProperty("hits").EnumerateArray(), h =>
            {
                Assert.Equal(agency.Name, h.GetProperty("agency").GetString());
                Assert.StartsWith(agency.PathBase + "/bonnes-pratiques/", h.GetProperty("url").GetString(), StringComparison.Ordinal);
            });
        }
        var keys = await SharedAsync("q=trousseaux");
        Assert.Equal(["Fiche partagée sur les clés"], SearchHarness.Titles(keys));
        // The head office has no such type: the label is the one the record's agency gives it.
        Assert.Equal("Fiche de bonne pratique", keys.GetProperty("hits")[0].GetProperty("typeLabel").GetString());
        Assert.DoesNotContain("Un contrat de maîtrise d'œuvre avec intéressement aux résultats", SearchHarness.Titles(await SharedAsync("q=" + Uri.EscapeDataString("maîtrise d'œuvre"))));
        var agencies = (await SharedAsync("q=comites")).GetProperty("facets").GetProperty("agency").EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Contains(first.Name, agencies);
        Assert.Contains(second.Name, agencies);

        // A result opens the record on its agency's site.
        var url = keys.GetProperty("hits")[0].GetProperty("url").GetString()!;
        var page = await headOffice.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Gestion des trousseaux de clés.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Sharing it later makes it appear; disabling the agency removes all its records.
        var firstAdmin = await first.AdminAsync();
        var update = await firstAdmin.PutAsJsonAsync($"api/v1/content/{unshared}", new
        {
            title = "Fiche interne sur les clés",
            parts = new { Summary = new { text = "Une fiche écrite pour le test." }, Ambition = new { value = 3 } },
            fields = new { Themes = new { value = new[] { "Formation" } }, Context = new { value = "Gestion des trousseaux de clés." }, Actions = new { value = "Rien." }, Results = new { value = "Rien." }, Shared = new { value = true } },
        });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        await NewsApi.PublishAsync(firstAdmin, unshared);
        await first.SyncAsync();
        Assert.Equal(2, (await SharedAsync("q=trousseaux")).GetProperty("total").GetInt32());

        var headAdmin = await factory.HeadOfficeAdminAsync();
        Assert.True((await headAdmin.PostAsync($"api/v1/tenants/{second.Name}/disable", null)).IsSuccessStatusCode);
        await factory.Services.GetRequiredService<SharedIndexer>().CatchUpAsync();
        Assert.Equal(0, (await SharedAsync("agency=" + second.Name)).GetProperty("total").GetInt32());
        Assert.Equal(["Fiche interne sur les clés"], SearchHarness.Titles(await SharedAsync("q=trousseaux")));
        Assert.Equal(HttpStatusCode.NotFound, (await first.Client().GetAsync("api/v1/good-practices/search?q=cles")).StatusCode);
    }

    [SkippableTheory]
    [InlineData("\"rénovation")]
    [InlineData("- - - -")]
    [InlineData("AND OR NOT ((( ]]] title:")]
    [InlineData("*:*")]
    [InlineData("\\\\\\")]
    [InlineData("<script>alert(1)</script>")]
    public async Task HostileQueries_AnswerNormally(string query)
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        await agency.SyncAsync();
        var visitor = agency.Client();

        await SearchHarness.SearchAsync(visitor, "q=" + Uri.EscapeDataString(query) + "&page=-4&ambition=" + Uri.EscapeDataString(query));
        var page = await visitor.GetAsync("recherche?q=" + Uri.EscapeDataString(query) + "&page=99999");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var longQuery = string.Concat(Enumerable.Repeat("rénovation \"", 3_000));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("api/v1/search?q=" + Uri.EscapeDataString(longQuery))).StatusCode);
    }

    [SkippableFact]
    public async Task SearchPage_WithoutScript_FacetLinkNarrowsAndResultOpens()
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        await agency.SyncAsync();
        var visitor = agency.Client();

        var home = Parser.ParseDocument(await visitor.GetStringAsync(""));
        Assert.NotNull(home.QuerySelector("form[role=search][method=get] input[name=q]"));
        var page = Parser.ParseDocument(await visitor.GetStringAsync("recherche?q=locataires"));
        var facet = page.QuerySelectorAll(".search-facets a").First(a => a.TextContent.Contains("Fiche de bonne pratique", StringComparison.Ordinal));
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(facet.TextContent, @"\((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var narrowed = Parser.ParseDocument(await visitor.GetStringAsync(facet.GetAttribute("href")!.TrimStart('/')[(agency.PathBase.Length)..]));
        Assert.Equal(count, narrowed.QuerySelectorAll(".search-hit").Length);
        Assert.Contains(count + " résultat", narrowed.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var first = narrowed.QuerySelector(".search-hit h3 a")!;
        var record = await visitor.GetAsync(first.GetAttribute("href")!.TrimStart('/')[(agency.PathBase.Length)..]);
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Contains(first.TextContent.Trim(), Forms.Text(await record.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AdminPage_ShowsTheIndexAndRebuildsIt()
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        await agency.SyncAsync();
        var browser = agency.Client();
        var login = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = NgpFactory.AdminEmail, ["Input.Password"] = NgpFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var state = Forms.Text(await browser.GetStringAsync("admin/recherche"));
        Assert.Contains("Documents indexés 26", state, StringComparison.Ordinal);
        Assert.Contains("aucun : l'index est à jour", state, StringComparison.Ordinal);
        var started = await Forms.SubmitAsync(browser, "admin/recherche", new Dictionary<string, string>(), handler: "Rebuild");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var indexer = factory.Services.GetRequiredService<TenantIndexer>();
        for (var i = 0; i < 100 && indexer.Rebuild(agency.Tenant) is not { Finished: true }; i++)
            await Task.Delay(50);
        Assert.Contains("Dernière reconstruction terminée : 26 contenu(s) indexé(s).", Forms.Text(await browser.GetStringAsync("admin/recherche")), StringComparison.Ordinal);
        Assert.Equal(26, indexer.IndexOf(agency.Tenant).DocumentCount());

        var visitor = agency.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("admin/recherche")).StatusCode);
    }
}

public sealed class SearchTestsOnSqlite(SqliteFactory factory) : SearchTests<SqliteFactory>(factory);

public sealed class SearchTestsOnPostgres(PostgresFactory factory) : SearchTests<PostgresFactory>(factory);
