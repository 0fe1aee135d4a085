using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.OpenDataHarness;

namespace Ngp.Tests.Integration.OpenData;

/// <summary>
/// « Données ouvertes »: the page, the CSV and JSON downloads of every dataset the modules publish, their HTTP
/// validators, the head office's all-agencies downloads, the DCAT-AP catalogue, and what never reaches them.
/// </summary>
public abstract partial class OpenDataTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NgpFactory
{
    private const string DemoSynthesis = "Synthèse — Comité de résidence des Alpins, bilan du chantier";
    private static readonly HtmlParser Parser = new();
    private static readonly string[] Datasets = ["actualites", "bonnes-pratiques", "plan-d-actions", "resultats-des-concertations", "reunions", "syntheses"];

    [SkippableFact]
    public async Task DonneesPage_OnAnAgency_ListsEveryDatasetWithLicenceAndColumns_AndEachDownloadsAsCsvAndJson()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        await NewsApi.CreateAndPublishAsync(admin, "Fête des voisins ; goûter \"partagé\"", summary: "=1+1 n'est pas une formule.");
        await SearchHarness.CreateGoodPracticeAsync(admin, "Ateliers de formation des locataires", shared: false);
        await DrainAsync(agency);
        var visitor = agency.Client();

        var page = await visitor.GetAsync("donnees");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.Equal("Données ouvertes", document.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("footer a[href$='/donnees']"));
        var sections = document.QuerySelectorAll("section.dataset").ToList();
        Assert.Equal(Datasets, sections.Select(s => s.Id!["jeu-".Length..]).Order(StringComparer.Ordinal));

        var downloaded = new Dictionary<string, (Csv Csv, IReadOnlyList<JsonElement> Json)>();
        foreach (var section in sections)
        {
            var name = section.Id!["jeu-".Length..];
            var licence = section.QuerySelectorAll("a").Single(a => a.TextContent == "Licence Ouverte / Etalab 2.0");
            Assert.Equal("https://www.etalab.gouv.fr/licence-ouverte-open-licence/", licence.GetAttribute("href"));
            Assert.Contains("Mise à jour", section.TextContent);
            var columns = section.QuerySelectorAll("table.columns tbody tr").Select(r => r.QuerySelector("code")!.TextContent).ToList();
            Assert.All(section.QuerySelectorAll("table.columns tbody tr"), r => Assert.False(string.IsNullOrWhiteSpace(r.Children[1].TextContent)));
            var links = section.QuerySelectorAll("a.button").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal([$"{agency.PathBase}/donnees/{name}.csv", $"{agency.PathBase}/donnees/{name}.json"], links);

            var csv = await CsvAsync(visitor, $"donnees/{name}.csv");
            var json = await JsonAsync(visitor, $"donnees/{name}.json");
            Assert.Equal(columns, csv.Header);
            Assert.Equal(csv.Rows.Count, json.Count);
            Assert.All(csv.Rows, r => Assert.Equal(columns.Count, r.Count));
            Assert.All(json, o => Assert.Equal(columns, o.EnumerateObject().Select(p => p.Name)));
            downloaded[name] = (csv, json);
        }

        var news = downloaded["actualites"];
        var party = news.Csv.Records.Single(r => r["titre"] == "Fête des voisins ; goûter \"partagé\"");
        Assert.Equal("'=1+1 n'est pas une formule.", party["resume"]);
        Assert.StartsWith($"http://localhost{agency.PathBase}/actualites/fete-des-voisins", party["adresse"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", party["date_de_publication"]);
        Assert.Equal("=1+1 n'est pas une formule.", news.Json.Single(o => o.GetProperty("titre").GetString()!.StartsWith("Fête des voisins", StringComparison.Ordinal)).GetProperty("resume").GetString());

        var practice = downloaded["bonnes-pratiques"].Csv.Records.Single(r => r["titre"] == "Ateliers de formation des locataires");
        Assert.Equal(("3", "Formation", "Des ateliers mensuels."), (practice["ambition"], practice["themes"], practice["ce_qui_a_ete_fait"]));

        var synthesis = downloaded["syntheses"].Csv.Records.Single(r => r["titre"] == DemoSynthesis);
        Assert.Equal("22", synthesis["nombre_de_presents"]);
        Assert.Contains("La deuxième tranche commence six semaines après ce comité.", synthesis["decisions"]);
        Assert.Contains(downloaded["reunions"].Csv.Records, r => r["nombre_de_presents"] == "22" && r["adresse"].StartsWith($"http://localhost{agency.PathBase}/reunions/", StringComparison.Ordinal));
        Assert.Contains(downloaded["reunions"].Json, o => o.GetProperty("nombre_de_presents").ValueKind == JsonValueKind.Number && o.GetProperty("nombre_de_presents").GetInt32() == 22);

        var plan = downloaded["plan-d-actions"];
        Assert.Equal(14, plan.Csv.Rows.Count);
        var action = plan.Csv.Records.Single(r => r["code"] == "2.3");
        Assert.Equal(("2", "oui", "En cours", "30"), (action["ambition"], action["prioritaire"], action["statut"], action["avancement"]));
        Assert.Equal(("1", "Réhabilitation de la résidence Les Alpins"), (action["nombre_de_projets_lies"], action["projets_lies"]));
        var actionJson = plan.Json.Single(o => o.GetProperty("code").GetString() == "2.3");
        Assert.True(actionJson.GetProperty("prioritaire").GetBoolean());
        Assert.Equal(30, actionJson.GetProperty("avancement").GetDouble());
    }

    [SkippableFact]
    public async Task ConsultationResults_OncePublic_CountPerOptionAndPerBuilding_WithCountsUnderFiveHidden()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var hidden = await ParticipationHarness.PublishConsultationAsync(admin, title: "Résultats à la clôture");
        var facade = await ParticipationHarness.PublishConsultationAsync(admin, results: "live", title: "Couleur de la façade");
        var kitchen = await ParticipationHarness.PublishConsultationAsync(admin, results: "live", kind: "dwelling", title: "Choix de cuisine",
            questions: [new { id = "k", text = "Quelle cuisine ?", kind = "single", options = new[] { new { id = "o", text = "Ouverte" }, new { id = "f", text = "Fermée" } } }]);
        var residents = new List<Resident>();
        for (var i = 0; i < 7; i++)
            residents.Add(await agency.CreateResidentAsync());
        for (var i = 0; i < residents.Count; i++)
        {
            Assert.True((await ParticipationHarness.VoteAsync(residents[i].Api, facade, "q", i == 0 ? "b" : "a")).IsSuccessStatusCode);
            Assert.True((await ParticipationHarness.VoteAsync(residents[i].Api, hidden, "q", "a")).IsSuccessStatusCode);
            if (i < 3)
                Assert.True((await ParticipationHarness.VoteAsync(residents[i].Api, kitchen, "k", i == 0 ? "f" : "o")).IsSuccessStatusCode);
        }

        var csv = await CsvAsync(agency.Client(), "donnees/resultats-des-concertations.csv");
        var records = csv.Records.ToList();

        Assert.DoesNotContain(records, r => r["concertation"].StartsWith("Résultats à la clôture", StringComparison.Ordinal));
        var colours = records.Where(r => r["concertation"].StartsWith("Couleur de la façade", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [("Ocre", "", "7", "6", "85,7"), ("Gris", "", "7", "< 5", ""), ("Vert", "", "7", "0", "0")],
            colours.Select(r => (r["option"], r["batiment"], r["votants"], r["votes"], r["pourcentage"])));
        Assert.All(colours, r => Assert.Equal(("vote", "choix unique", "non"), (r["type_de_concertation"], r["type_de_question"], r["cloturee"])));

        var kitchens = records.Where(r => r["concertation"].StartsWith("Choix de cuisine", StringComparison.Ordinal)).ToList();
        Assert.All(kitchens, r => Assert.Equal(("choix de logement", "< 5", "< 5", ""), (r["type_de_concertation"], r["votants"], r["votes"], r["pourcentage"])));
        Assert.Equal(2, kitchens.Count(r => r["batiment"] == ""));
        Assert.Contains(kitchens, r => r["batiment"] == "Résidence Les Alpins, bât. A");
        Assert.Contains(kitchens, r => r["batiment"] == "Résidence Les Alpins, bât. B");
        var cells = csv.Rows.SelectMany(r => r).ToList();
        Assert.DoesNotContain(cells, c => LeaseReference().IsMatch(c));

        var json = await JsonAsync(agency.Client(), "donnees/resultats-des-concertations.json");
        var ochre = json.Single(o => o.GetProperty("concertation").GetString()!.StartsWith("Couleur", StringComparison.Ordinal) && o.GetProperty("option").GetString() == "Ocre");
        Assert.Equal((6, 85.7), (ochre.GetProperty("votes").GetInt32(), ochre.GetProperty("pourcentage").GetDouble()));
        var grey = json.Single(o => o.GetProperty("concertation").GetString()!.StartsWith("Couleur", StringComparison.Ordinal) && o.GetProperty("option").GetString() == "Gris");
        Assert.Equal(("< 5", JsonValueKind.Null), (grey.GetProperty("votes").GetString(), grey.GetProperty("pourcentage").ValueKind));
    }

    [SkippableFact]
    public async Task Download_AskedAgainWithItsETagOrDate_Answers304_UntilTheDataChange()
    {
        var agency = await factory.CreateAgencyAsync();
        var visitor = agency.Client();

        var first = await visitor.GetAsync("donnees/actualites.csv");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.False(etag.IsWeak);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());
        var json = await visitor.GetAsync("donnees/actualites.json");
        Assert.NotEqual(etag, json.Headers.ETag);

        var byTag = await SendAsync(visitor, "donnees/actualites.csv", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, byTag.Headers.ETag);
        var byDate = await SendAsync(visitor, "donnees/actualites.csv", r => r.Headers.IfModifiedSince = lastModified);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        var otherTag = await SendAsync(visitor, "donnees/actualites.csv", r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"autre\"")));
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);

        await NewsApi.CreateAndPublishAsync(await agency.AdminAsync(), "Nouvelle actualité pour les moissonneurs");

        var changed = await SendAsync(visitor, "donnees/actualites.csv", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Nouvelle actualité pour les moissonneurs", await changed.Content.ReadAsStringAsync());
        Assert.True(changed.Content.Headers.LastModified >= lastModified);
    }

    [SkippableFact]
    public async Task HeadOffice_OffersEachDatasetForAllAgencies_WithAnAgencyColumn_AndAgenciesDoNot()
    {
        var agency = await factory.CreateAgencyAsync();
        await DrainAsync(agency);
        var headOffice = factory.ClientFor("");

        var page = Parser.ParseDocument(await headOffice.GetStringAsync("donnees"));
        Assert.Equal(Datasets, page.QuerySelectorAll("section.dataset").Select(s => s.Id!["jeu-".Length..]).Order(StringComparer.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='/donnees/toutes-les-agences/reunions.csv']"));
        Assert.Null(page.QuerySelector("a[href='/donnees/reunions.csv']"));

        var own = await CsvAsync(agency.Client(), "donnees/syntheses.csv");
        var all = await CsvAsync(headOffice, "donnees/toutes-les-agences/syntheses.csv");
        Assert.Equal(["agence", .. own.Header], all.Header);
        Assert.Contains(all.Records, r => r["agence"] == agency.Tenant.DisplayName && r["titre"] == DemoSynthesis && r["adresse"].StartsWith($"http://localhost{agency.PathBase}/syntheses/", StringComparison.Ordinal));
        var allJson = await JsonAsync(headOffice, "donnees/toutes-les-agences/syntheses.json");
        Assert.Contains(allJson, o => o.EnumerateObject().First().Name == "agence" && o.GetProperty("agence").GetString() == agency.Tenant.DisplayName);

        var plan = await CsvAsync(headOffice, "donnees/plan-d-actions.csv");
        Assert.Equal(14, plan.Rows.Count);
        Assert.Contains($"Réhabilitation de la résidence Les Alpins ({agency.Tenant.DisplayName})", plan.Records.Single(r => r["code"] == "2.3")["projets_lies"]);

        Assert.Equal(HttpStatusCode.NotFound, (await agency.Client().GetAsync("donnees/toutes-les-agences/syntheses.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await headOffice.GetAsync("donnees/reunions.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.Client().GetAsync("donnees/inconnu.csv")).StatusCode);
    }

    [SkippableFact]
    public async Task Catalogue_HasTheDcatApPropertiesOfCatalogDatasetsAndDistributions_AndEveryAccessUrlAnswers()
    {
        var agency = await factory.CreateAgencyAsync();
        var visitor = agency.Client();

        var response = await visitor.GetAsync("donnees/catalogue.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var catalog = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var context = catalog.GetProperty("@context");
        Assert.Equal("http://www.w3.org/ns/dcat#", context.GetProperty("dcat").GetString());
        Assert.Equal("http://purl.org/dc/terms/", context.GetProperty("dct").GetString());
        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
        // DCAT-AP: a Catalogue must have a title, a description, a publisher (an Agent with a name) and its datasets.
        Assert.False(string.IsNullOrWhiteSpace(Text(catalog, "dct:title")));
        Assert.False(string.IsNullOrWhiteSpace(Text(catalog, "dct:description")));
        Assert.False(string.IsNullOrWhiteSpace(catalog.GetProperty("dct:publisher").GetProperty("foaf:name").GetString()));
        Assert.Equal("https://www.etalab.gouv.fr/licence-ouverte-open-licence/", catalog.GetProperty("dct:license").GetProperty("@id").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/language/FRA", catalog.GetProperty("dct:language").GetProperty("@id").GetString());
        Assert.Equal($"http://localhost{agency.PathBase}/donnees", catalog.GetProperty("foaf:homepage").GetProperty("@id").GetString());
        var datasets = catalog.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Equal(Datasets.Length, datasets.Count);

        foreach (var dataset in datasets)
        {
            // A Dataset must have a title and a description; distributions, keywords and publisher are recommended.
            Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(Text(dataset, "dct:title")));
            Assert.False(string.IsNullOrWhiteSpace(Text(dataset, "dct:description")));
            Assert.NotEmpty(dataset.GetProperty("dcat:keyword").EnumerateArray());
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("dct:publisher").GetProperty("foaf:name").GetString()));
            var distributions = dataset.GetProperty("dcat:distribution").EnumerateArray().ToList();
            Assert.Equal(2, distributions.Count);
            foreach (var distribution in distributions)
            {
                // A Distribution must have an access URL; format, licence and modification date are recommended / optional.
                Assert.Equal("dcat:Distribution", distribution.GetProperty("@type").GetString());
                var url = distribution.GetProperty("dcat:accessURL").GetProperty("@id").GetString()!;
                Assert.StartsWith($"http://localhost{agency.PathBase}/donnees/", url);
                Assert.Equal(url, distribution.GetProperty("dcat:downloadURL").GetProperty("@id").GetString());
                var format = distribution.GetProperty("dct:format").GetProperty("@id").GetString()!;
                Assert.Equal(url.EndsWith(".csv", StringComparison.Ordinal) ? "http://publications.europa.eu/resource/authority/file-type/CSV" : "http://publications.europa.eu/resource/authority/file-type/JSON", format);
                Assert.Equal("https://www.etalab.gouv.fr/licence-ouverte-open-licence/", distribution.GetProperty("dct:license").GetProperty("@id").GetString());
                Assert.StartsWith("https://www.iana.org/assignments/media-types/", distribution.GetProperty("dcat:mediaType").GetProperty("@id").GetString());
                var download = await visitor.GetAsync(new Uri(url).PathAndQuery[(agency.PathBase.Length + 1)..]);
                Assert.True(download.StatusCode == HttpStatusCode.OK, $"{url}: {(int)download.StatusCode}");
            }
        }
        var news = datasets.Single(d => Text(d, "dct:title") == "Actualités");
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", news.GetProperty("dct:modified").GetProperty("@value").GetString());

        var again = await SendAsync(visitor, "donnees/catalogue.json", r => r.Headers.IfNoneMatch.Add(response.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [SkippableFact]
    public async Task EveryDatasetOfADemoAgency_HoldsNoEmailLeaseReferenceUserIdOrResidentName()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var dwelling = await ParticipationHarness.PublishConsultationAsync(admin, results: "live", kind: "dwelling", title: "Choix du revêtement");
        var vote = await ParticipationHarness.PublishConsultationAsync(admin, results: "live", title: "Jardin partagé");
        for (var i = 0; i < 6; i++)
        {
            var resident = await agency.CreateResidentAsync();
            Assert.True((await ParticipationHarness.VoteAsync(resident.Api, dwelling, "q", "a")).IsSuccessStatusCode);
            Assert.True((await ParticipationHarness.VoteAsync(resident.Api, vote, "q", "b")).IsSuccessStatusCode);
            await ParticipationHarness.CommentAsync(resident.Api, ParticipationHarness.DemoProject, "Je participerai au comité.");
        }
        await MeetingsApi.PublishContentAsync(admin, new
        {
            type = "GoodPractice",
            title = "Accueil des nouveaux locataires",
            parts = new { Summary = new { text = "Un livret d'accueil remis en main propre." }, Ambition = new { value = 1 } },
            fields = new
            {
                Themes = new { value = new[] { "Formation" } },
                Context = new { value = "Trois résidences." },
                Actions = new { value = "Un livret et une visite." },
                Results = new { value = "**40** familles accueillies." },
                ContactPerson = new { value = "Marie Dupont" },
                ContactEmail = new { value = "marie.dupont@bailleur.test" },
            },
        });
        await DrainAsync(agency);
        // Residents who chose the name they sign with (the comments show it; the datasets never do).
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            var residents = await db.Users.Where(u => u.Email!.StartsWith("locataire") && u.Email.EndsWith(".test")).ToListAsync();
            for (var i = 0; i < residents.Count; i++)
                residents[i].DisplayName = $"Dominique R{i}.";
            return await db.SaveChangesAsync();
        });

        var (userIds, names) = await agency.InScopeAsync(async sp =>
        {
            var users = await sp.GetRequiredService<NgpDbContext>().Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToListAsync();
            return (users.Select(u => u.Id).ToList(), users.Select(u => u.DisplayName).OfType<string>().Append("Marie Dupont").ToList());
        });
        Assert.Contains("Camille L.", names);

        var cells = new List<(string Where, string Value)>();
        foreach (var name in Datasets)
        {
            cells.AddRange((await CsvAsync(agency.Client(), $"donnees/{name}.csv")).Rows.SelectMany(r => r).Select(c => (name + ".csv", c)));
            foreach (var row in await JsonAsync(agency.Client(), $"donnees/{name}.json"))
                cells.AddRange(row.EnumerateObject().Select(p => (name + ".json", p.Value.ToString())));
            cells.AddRange((await CsvAsync(factory.ClientFor(""), $"donnees/toutes-les-agences/{name}.csv")).Rows.SelectMany(r => r).Select(c => ("siège " + name, c)));
        }
        Assert.Contains(cells, c => c.Value == "Accueil des nouveaux locataires");
        Assert.Contains(cells, c => c.Value.StartsWith("Jardin partagé", StringComparison.Ordinal));
        foreach (var (where, value) in cells)
        {
            Assert.False(Email().IsMatch(value), $"{where}: an e-mail address in « {value} »");
            Assert.False(LeaseReference().IsMatch(value), $"{where}: a lease reference in « {value} »");
            Assert.False(userIds.Any(id => value.Contains(id, StringComparison.Ordinal)), $"{where}: a user id in « {value} »");
            Assert.False(names.Any(n => value.Contains(n, StringComparison.Ordinal)), $"{where}: a person's name in « {value} »");
        }
    }

    private static string? Text(JsonElement node, string property) => node.GetProperty(property).GetProperty("@value").GetString();

    private static async Task DrainAsync(Agency agency)
    {
        var dispatcher = agency.Factory.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DrainAsync(agency.Tenant);
        await dispatcher.DrainAsync(agency.Tenant);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Action<HttpRequestMessage> conditions)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        conditions(request);
        return client.SendAsync(request);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"DEMO-\d{4}")]
    private static partial Regex LeaseReference();
}

public sealed class OpenDataTestsOnSqlite(SqliteFactory factory) : OpenDataTests<SqliteFactory>(factory);

public sealed class OpenDataTestsOnPostgres(PostgresFactory factory) : OpenDataTests<PostgresFactory>(factory);
