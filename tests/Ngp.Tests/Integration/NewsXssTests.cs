using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public abstract class NewsXssTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static readonly HtmlParser Parser = new();
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [SkippableFact]
    public async Task HostilePayloads_InEveryTextOfTheNews_ComeOutInertAndReadableOnPagesListsHomeAndFeeds()
    {
        var agency = await factory.CreateAgencyAsync();
        await NewsPublicTests<TFactory>.AddFieldsAsync(agency);
        var admin = await agency.AdminAsync();
        var published = new List<(string Slug, string Title, string Summary)>();
        for (var i = 0; i < Hostile.Payloads.Count; i++)
        {
            var payload = Hostile.Payloads[i];
            var title = Hostile.OneLine($"XSS {i} {payload}", 200);
            var created = await NewsApi.CreateAsync(admin, title, summary: payload, markdown: $"{payload}\n\nTexte {payload} suite",
                extraParts: new Dictionary<string, object>
                {
                    ["Tags"] = new { tags = new[] { Hostile.OneLine(payload, 40), "xss" } },
                    ["Image"] = new { path = "media/2026/11/test/960.webp", alt = Hostile.OneLine(payload, 250) },
                },
                fields: new Dictionary<string, object>
                {
                    ["Bailleur"] = Hostile.OneLine(payload, 200),
                    ["Note"] = payload,
                    ["Details"] = payload,
                    ["EnSavoirPlus"] = new { url = "https://exemple.org/?q=\"><script>alert(1)</script>", text = Hostile.OneLine(payload, 200) },
                });
            var id = created.GetProperty("id").GetString()!;
            await NewsApi.PublishAsync(admin, id);
            published.Add((created.GetProperty("slug").GetString()!, title, payload.Trim()));
        }
        var visitor = agency.Client();

        foreach (var (slug, title, summary) in published)
        {
            var response = await visitor.GetAsync($"actualites/{slug}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Hostile.AssertInert(html, $"page {slug}");
            var document = Parser.ParseDocument(html);
            Assert.Equal(title, document.QuerySelector("main h1")?.TextContent);
            Assert.Equal(summary, document.QuerySelector(".content-summary")?.TextContent);
            Assert.Equal(Hostile.OneLine(summary, 250), document.QuerySelector(".content-image img")?.GetAttribute("alt"));
        }

        var surfaces = await NewsApi.PublicSurfacesAsync(visitor);
        var listTitles = new List<string>();
        foreach (var (name, text) in surfaces.Where(s => s.Key.StartsWith("liste", StringComparison.Ordinal) || s.Key == "accueil"))
        {
            Hostile.AssertInert(text, name);
            if (name != "accueil")
                listTitles.AddRange(Parser.ParseDocument(text).QuerySelectorAll(".news-list h2").Select(h => h.TextContent.Trim()));
        }
        Assert.All(published, p => Assert.Contains(p.Title, listTitles));

        var rssItems = XDocument.Parse(surfaces["rss"]).Root!.Element("channel")!.Elements("item").ToList();
        Assert.Equal(20, rssItems.Count);
        foreach (var item in rssItems)
        {
            // Readers take these as HTML: parsed as HTML, they must be text only, and read as the editor typed it.
            foreach (var element in new[] { "title", "description" })
            {
                var value = item.Element(element)!.Value;
                Hostile.AssertInertFragment(value, $"rss {element}");
                var fragment = Parser.ParseDocument("<body></body>");
                fragment.Body!.InnerHtml = value;
                Assert.Empty(fragment.Body.Children);
            }
            var title = item.Element("title")!.Value;
            Assert.Contains(published, p => WebUtilityDecode(title) == p.Title);
        }

        var entries = XDocument.Parse(surfaces["atom"]).Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        foreach (var entry in entries)
        {
            Assert.Equal("text", entry.Element(Atom + "title")!.Attribute("type")?.Value);
            Assert.Equal("text", entry.Element(Atom + "summary")!.Attribute("type")?.Value);
            Assert.Contains(published, p => p.Title == entry.Element(Atom + "title")!.Value && p.Summary == entry.Element(Atom + "summary")!.Value);
        }
        Assert.DoesNotContain(XDocument.Parse(surfaces["rss"]).Descendants(), e => e.Name.LocalName is "script" or "iframe" or "svg");
        Assert.DoesNotContain(XDocument.Parse(surfaces["atom"]).Descendants(), e => e.Name.LocalName is "script" or "iframe" or "svg");
    }

    private static string WebUtilityDecode(string html) => System.Net.WebUtility.HtmlDecode(html);
}

public sealed class NewsXssTestsOnSqlite(SqliteFactory factory) : NewsXssTests<SqliteFactory>(factory);

public sealed class NewsXssTestsOnPostgres(PostgresFactory factory) : NewsXssTests<PostgresFactory>(factory);
