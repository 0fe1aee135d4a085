using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public abstract class NewsPublicTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static readonly HtmlParser Parser = new();
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [SkippableFact]
    public async Task Publish_ThroughTheApi_ShowsTheNewsAtItsFrenchAddressEverywhereUntilUnpublished()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var visitor = agency.Client();

        var id = await NewsApi.CreateAndPublishAsync(admin, "Fête de l'été à Échirolles : œuvres et goûter",
            summary: "Un après-midi festif au pied des immeubles.", markdown: "Rendez-vous **samedi** devant le bâtiment A.\n\n- jeux\n- goûter");

        var page = await visitor.GetAsync("actualites/fete-de-l-ete-a-echirolles-oeuvres-et-gouter");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.Equal("Fête de l'été à Échirolles : œuvres et goûter", document.QuerySelector("main h1")?.TextContent);
        Assert.Contains("Un après-midi festif au pied des immeubles.", document.QuerySelector("main")!.TextContent);
        Assert.Equal("samedi", document.QuerySelector(".content-body strong")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll(".content-body li").Length);
        Assert.Matches(@"Publié le (1er|\d{1,2}) \p{L}+ \d{4}", document.QuerySelector(".content-date")!.TextContent);

        var address = $"http://localhost{agency.PathBase}/actualites/fete-de-l-ete-a-echirolles-oeuvres-et-gouter";
        var surfaces = await NewsApi.PublicSurfacesAsync(visitor);
        Assert.Contains("/actualites/fete-de-l-ete-a-echirolles-oeuvres-et-gouter", surfaces["liste page 1"]);
        Assert.Contains("/actualites/fete-de-l-ete-a-echirolles-oeuvres-et-gouter", surfaces["accueil"]);
        Assert.Contains(address, surfaces["rss"]);
        Assert.Contains(address, surfaces["atom"]);
        Assert.Contains(address, surfaces["sitemap"]);
        Assert.Contains(id, surfaces["api"]);

        await NewsApi.UnpublishAsync(admin, id);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("actualites/fete-de-l-ete-a-echirolles-oeuvres-et-gouter")).StatusCode);
        foreach (var (name, text) in await NewsApi.PublicSurfacesAsync(visitor))
        {
            Assert.DoesNotContain("fete-de-l-ete-a-echirolles", text);
            Assert.False(text.Contains(id, StringComparison.Ordinal), $"{name} still shows the unpublished item");
        }
    }

    [SkippableFact]
    public async Task DraftScheduledAndUnpublishedNews_AppearNowhereForThePublic()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var visitor = agency.Client();

        var draft = (await NewsApi.CreateAsync(admin, "Brouillon confidentiel QZXDRAFT")).GetProperty("id").GetString()!;
        var scheduled = (await NewsApi.CreateAsync(admin, "Annonce programmee QZXLATER")).GetProperty("id").GetString()!;
        var scheduledAnswer = await NewsApi.PublishAsync(admin, scheduled, new { publishAtUtc = DateTimeOffset.UtcNow.AddDays(3) });
        Assert.Equal("Scheduled", scheduledAnswer.GetProperty("status").GetString());
        var withdrawn = await NewsApi.CreateAndPublishAsync(admin, "Annonce retiree QZXGONE");
        await NewsApi.UnpublishAsync(admin, withdrawn);

        foreach (var slug in new[] { "brouillon-confidentiel-qzxdraft", "annonce-programmee-qzxlater", "annonce-retiree-qzxgone" })
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"actualites/{slug}")).StatusCode);
        foreach (var id in new[] { draft, scheduled, withdrawn })
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"api/v1/content/{id}")).StatusCode);
        var surfaces = await NewsApi.PublicSurfacesAsync(visitor);
        Assert.Contains("api", surfaces.Keys);
        foreach (var (name, text) in surfaces)
        {
            foreach (var marker in new[] { "QZXDRAFT", "QZXLATER", "QZXGONE", "qzxdraft", "qzxlater", "qzxgone", draft, scheduled, withdrawn })
                Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{name} shows {marker}");
        }
    }

    [SkippableFact]
    public async Task PublishedNews_WithANewerDraft_ShowsThePublishedTextOnly()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = await NewsApi.CreateAndPublishAsync(admin, "Travaux de toiture", summary: "Version publiee du resume.");

        var update = await admin.PutAsJsonAsync($"api/v1/content/{id}", new { title = "Travaux de toiture", parts = new { Summary = new { text = "Version brouillon QZXNEXT." }, Body = new { markdown = "QZXNEXT" } } });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());

        var surfaces = await NewsApi.PublicSurfacesAsync(agency.Client());
        var page = await agency.Client().GetStringAsync("actualites/travaux-de-toiture");
        Assert.Contains("Version publiee du resume.", page);
        foreach (var (name, text) in surfaces.Append(new("page", page)))
            Assert.False(text.Contains("QZXNEXT", StringComparison.Ordinal), $"{name} shows the draft");
    }

    [SkippableFact]
    public async Task SlugChange_AfterRepublish_OldAddressAnswers301ToTheNewOne()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = await NewsApi.CreateAndPublishAsync(admin, "Collecte des encombrants");

        var update = await admin.PutAsJsonAsync($"api/v1/content/{id}", new { title = "Collecte des encombrants", parts = new { Slug = new { slug = "encombrants-nouvelle-date" }, Summary = new { text = "Nouvelle date." }, Body = new { markdown = "Le 4 juin." } } });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        await NewsApi.PublishAsync(admin, id);

        var old = await agency.Client().GetAsync("actualites/collecte-des-encombrants");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"{agency.PathBase}/actualites/encombrants-nouvelle-date", old.Headers.Location?.OriginalString);
        var current = await agency.Client(followRedirects: true).GetAsync("actualites/collecte-des-encombrants");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Contains("Le 4 juin.", await current.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task NewsPage_WithAnImage_ShowsItUnderTheTitleBeforeTheText()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var created = await NewsApi.CreateAsync(admin, "Le jardin partagé est ouvert", markdown: "Les premières récoltes sont arrivées.",
            extraParts: new Dictionary<string, object> { ["Image"] = new { path = "media/2026/11/test/960.webp", alt = "Le jardin au printemps" } });
        await NewsApi.PublishAsync(admin, created.GetProperty("id").GetString()!);

        var html = await agency.Client().GetStringAsync("actualites/" + created.GetProperty("slug").GetString());
        var article = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("article")!;
        var order = article.Children.Select(c => c.ClassName ?? c.LocalName).ToList();

        Assert.True(order.IndexOf("content-image") >= 0, string.Join(", ", order));
        Assert.True(order.IndexOf("content-image") < order.IndexOf("content-body"), string.Join(", ", order));
        Assert.Equal("content-header", order[0]);
    }

    [SkippableFact]
    public async Task UnknownTypeOrSlug_Answers404()
    {
        var agency = await factory.CreateAgencyAsync();
        var visitor = agency.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("actualites/cette-actualite-n-existe-pas")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("inconnu/reunion-de-quartier-du-12-mars")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("actualites/reunion-de-quartier-du-12-mars")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("actualites?page=9")).StatusCode);
    }

    [SkippableFact]
    public async Task Feeds_ParseAsRss2AndAtom1_WithTheRequiredElementsAndAbsoluteLinks()
    {
        var agency = await factory.CreateAgencyAsync();
        var visitor = agency.Client();

        var rssResponse = await visitor.GetAsync("actualites/rss.xml");
        var atomResponse = await visitor.GetAsync("actualites/atom.xml");
        Assert.Equal("application/rss+xml", rssResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/atom+xml", atomResponse.Content.Headers.ContentType?.MediaType);
        var rssText = await rssResponse.Content.ReadAsStringAsync();
        var atomText = await atomResponse.Content.ReadAsStringAsync();

        var rss = XDocument.Parse(rssText);
        Assert.Equal("2.0", rss.Root!.Attribute("version")?.Value);
        var channel = rss.Root.Element("channel")!;
        foreach (var required in new[] { "title", "link", "description" })
            Assert.False(string.IsNullOrWhiteSpace(channel.Element(required)?.Value), $"rss channel/{required}");
        AssertAbsolute(channel.Element("link")!.Value, agency);
        var items = channel.Elements("item").ToList();
        Assert.Equal(5, items.Count);
        foreach (var item in items)
        {
            foreach (var required in new[] { "title", "link", "guid", "pubDate", "description" })
                Assert.False(string.IsNullOrWhiteSpace(item.Element(required)?.Value), $"rss item/{required}");
            AssertAbsolute(item.Element("link")!.Value, agency);
            Assert.True(DateTimeOffset.TryParse(item.Element("pubDate")!.Value, out _));
            Assert.EndsWith(" GMT", item.Element("pubDate")!.Value);
        }

        var atom = XDocument.Parse(atomText);
        Assert.Equal(Atom + "feed", atom.Root!.Name);
        foreach (var required in new[] { "id", "title", "updated" })
            Assert.False(string.IsNullOrWhiteSpace(atom.Root.Element(Atom + required)?.Value), $"atom feed/{required}");
        var entries = atom.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        foreach (var entry in entries)
        {
            foreach (var required in new[] { "id", "title", "updated" })
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + required)?.Value), $"atom entry/{required}");
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", entry.Element(Atom + "updated")!.Value);
            var alternate = entry.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "alternate");
            AssertAbsolute(alternate.Attribute("href")!.Value, agency);
        }

        using var rssReader = XmlReader.Create(new StringReader(rssText));
        var rssFeed = SyndicationFeed.Load(rssReader);
        using var atomReader = XmlReader.Create(new StringReader(atomText));
        var atomFeed = SyndicationFeed.Load(atomReader);
        Assert.Equal(5, rssFeed.Items.Count());
        Assert.Equal(5, atomFeed.Items.Count());
        Assert.Contains(atomFeed.Items, i => i.Title.Text == "Réunion de quartier du 12 mars"
            && i.Links.Any(l => l.Uri.AbsoluteUri == $"http://localhost{agency.PathBase}/actualites/reunion-de-quartier-du-12-mars"));
        Assert.All(rssFeed.Items, i => Assert.True(i.PublishDate > DateTimeOffset.UnixEpoch));

        var sitemap = XDocument.Parse(await visitor.GetStringAsync("sitemap.xml"));
        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains($"http://localhost{agency.PathBase}/actualites/reunion-de-quartier-du-12-mars", locations);
        Assert.All(locations, l => AssertAbsolute(l, agency));
    }

    [SkippableFact]
    public async Task NewsList_WithThirteenItems_HasTwoPagesNewestFirstAndMarksTheCurrentPage()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        for (var n = 1; n <= 8; n++)
            await NewsApi.CreateAndPublishAsync(admin, $"Info pratique numero {n}");

        var first = Parser.ParseDocument(await agency.Client().GetStringAsync("actualites"));
        var second = Parser.ParseDocument(await agency.Client().GetStringAsync("actualites?page=2"));

        Assert.Equal(10, first.QuerySelectorAll(".news-list > li").Length);
        Assert.Equal(3, second.QuerySelectorAll(".news-list > li").Length);
        Assert.Equal("Info pratique numero 8", first.QuerySelector(".news-list > li h2")?.TextContent.Trim());
        Assert.EndsWith("actualites?page=1", first.QuerySelector(".pagination a[aria-current=page]")?.GetAttribute("href"));
        Assert.EndsWith("actualites?page=2", second.QuerySelector(".pagination a[aria-current=page]")?.GetAttribute("href"));
        Assert.NotNull(first.QuerySelector("head link[rel=alternate][type='application/rss+xml']"));
        Assert.NotNull(first.QuerySelector("main a[href$='actualites/atom.xml']"));
        var home = Parser.ParseDocument(await agency.Client().GetStringAsync(""));
        Assert.Equal(["Info pratique numero 8", "Info pratique numero 7", "Info pratique numero 6"],
            home.QuerySelectorAll(".home-news .news-list h3").Select(h => h.TextContent.Trim()).ToArray());
    }

    [SkippableFact]
    public async Task FieldsOfTheType_AreShownWithTheirDisplayNames_AndLinksAreSafe()
    {
        var agency = await factory.CreateAgencyAsync();
        await AddFieldsAsync(agency);
        var admin = await agency.AdminAsync();

        var refused = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title = "Lien piege", parts = new { Summary = new { text = "x" } }, fields = new Dictionary<string, object> { ["EnSavoirPlus"] = new { url = "javascript:alert(1)", text = "clic" } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        await NewsApi.CreateAndPublishAsync(admin, "Partenariat avec la regie", fields: new Dictionary<string, object> { ["Bailleur"] = "Régie de quartier", ["EnSavoirPlus"] = new { url = "https://exemple.org/regie", text = "Le site de la régie" } });

        var document = Parser.ParseDocument(await agency.Client().GetStringAsync("actualites/partenariat-avec-la-regie"));
        var terms = document.QuerySelectorAll(".content-fields dt").Select(d => d.TextContent).ToArray();
        Assert.Equal(["Bailleur partenaire", "En savoir plus"], terms);
        Assert.Contains("Régie de quartier", document.QuerySelector(".content-fields")!.TextContent);
        var link = document.QuerySelector(".content-fields a")!;
        Assert.Equal("https://exemple.org/regie", link.GetAttribute("href"));
        Assert.Equal("Le site de la régie", link.TextContent);
    }

    /// <summary>Gives the agency's News type a text field and a link field, as an administrator would in the admin.</summary>
    internal static Task AddFieldsAsync(Agency agency) => agency.InScopeAsync(async sp =>
    {
        var store = sp.GetRequiredService<ContentDefinitionStore>();
        var news = (await store.FindAsync("News"))!;
        var result = await store.SaveAsync(news with
        {
            Fields =
            [
                new ContentFieldDefinition { Name = "Bailleur", DisplayName = "Bailleur partenaire", Type = "Text" },
                new ContentFieldDefinition { Name = "EnSavoirPlus", DisplayName = "En savoir plus", Type = "Link" },
                new ContentFieldDefinition { Name = "Note", DisplayName = "Note", Type = "Markdown" },
                new ContentFieldDefinition { Name = "Details", DisplayName = "Détails", Type = "LongText" },
            ],
        });
        Assert.True(result.IsOk, result.Message);
        return true;
    });

    private static void AssertAbsolute(string url, Agency agency)
    {
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri), $"{url} is not absolute");
        Assert.StartsWith($"http://localhost{agency.PathBase}/", uri!.AbsoluteUri);
    }
}

public sealed class NewsPublicTestsOnSqlite(SqliteFactory factory) : NewsPublicTests<SqliteFactory>(factory);

public sealed class NewsPublicTestsOnPostgres(PostgresFactory factory) : NewsPublicTests<PostgresFactory>(factory);
