using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;
using Ngp.Search.Indexing;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>
/// Personal data of published items (invited stakeholders' addresses, road-map stakeholders' addresses, a contact's
/// address) never reaches a public surface: pages, lists, feeds, calendars, the public API, search. Editors see it.
/// </summary>
public sealed class PrivacyTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    // The demo's own: a meeting's invited stakeholder, two road-map stakeholders of the Alpins project.
    private static readonly string[] DemoAddresses = ["amicale.alpins@example.org", "comite.alpins@ngp.local", "chantier@bati-isere.example"];

    private static readonly string[] PublicSurfaces =
    [
        "", "actualites", "actualites/rss.xml", "actualites/atom.xml", "sitemap.xml",
        "reunions", "reunions/comite-de-residence-des-alpins-bilan-du-chantier", "reunions/calendrier.ics", "syntheses",
        "projets", "projets/rehabilitation-de-la-residence-les-alpins", "concertations",
        "api/v1/content/demo-meeting-1", "api/v1/content/demo-project-alpins", "api/v1/content?type=Meeting", "api/v1/content?type=Project",
        "api/v1/meetings", "api/v1/search?q=Alpins", "recherche?q=Alpins",
    ];

    [Fact]
    public async Task PublicSurfaces_OfTheDemoAgency_ShowNoPersonalAddress()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.SyncAsync();
        var visitor = agency.Client();

        foreach (var surface in PublicSurfaces)
        {
            var response = await visitor.GetAsync(surface);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{surface} answered {(int)response.StatusCode}");
            foreach (var address in DemoAddresses)
                Assert.False(body.Contains(address, StringComparison.OrdinalIgnoreCase), $"{surface} shows {address}");
        }
        // The stakeholders are still named; only their addresses are kept back.
        Assert.Contains("Entreprise Bâti-Isère", Forms.Text(await visitor.GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchDocuments_OfItemsWithPersonalAddresses_HoldNone()
    {
        var agency = await factory.CreateAgencyAsync();

        var texts = await agency.InScopeAsync(async sp =>
        {
            var documents = new List<string>();
            foreach (var id in new[] { "demo-meeting-1", "demo-project-alpins" })
            {
                var item = (await sp.GetRequiredService<ContentQuery>().PublishedAsync(id, default))!;
                var type = (await sp.GetRequiredService<ContentDefinitionStore>().FindAsync(item.ContentType, default))!;
                var document = sp.GetRequiredService<SearchDocumentFactory>().Build(type, item, agency.Name, agency.Tenant.DisplayName);
                documents.Add(document.Title + "\n" + document.Text);
            }
            return documents;
        });

        Assert.Contains("Salle commune", texts[0], StringComparison.Ordinal); // the meeting's other fields are indexed
        foreach (var address in DemoAddresses)
            Assert.All(texts, text => Assert.DoesNotContain(address, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Editors_ReadTheWholeItem_InTheApi()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var meeting = await admin.GetFromJsonAsync<JsonElement>("api/v1/content/demo-meeting-1");
        var project = await admin.GetFromJsonAsync<JsonElement>("api/v1/content/demo-project-alpins");

        Assert.Equal("amicale.alpins@example.org", meeting.GetProperty("fields").GetProperty("InvitedEmails").GetProperty("value").GetString());
        Assert.Contains("comite.alpins@ngp.local", project.GetProperty("parts").GetProperty("RoadMap").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodPractice_ContactAddress_IsNeitherOnItsPageNorInTheSharedSearch()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var response = await admin.PostAsJsonAsync("api/v1/content", new
        {
            type = "GoodPractice",
            title = "Ateliers de quartier",
            parts = new { Summary = new { text = "Des ateliers chaque mois." }, Ambition = new { value = 3 } },
            fields = new
            {
                Themes = new { value = new[] { "Formation" } },
                Context = new { value = "Un quartier de 120 logements." },
                Actions = new { value = "Des ateliers mensuels." },
                Results = new { value = "12 ateliers." },
                ContactPerson = new { value = "Claire Martin" },
                ContactEmail = new { value = "claire.martin@bailleur.example" },
                Shared = new { value = true },
            },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await NewsApi.PublishAsync(admin, id);
        await agency.SyncAsync();
        var url = (await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{id}")).GetProperty("url").GetString()!;

        var page = await agency.Client().GetStringAsync(url);
        var shared = await factory.ClientFor("").GetStringAsync("api/v1/good-practices/search?q=ateliers");
        var api = await agency.Client().GetStringAsync($"api/v1/content/{id}");

        Assert.Contains("Claire Martin", page, StringComparison.Ordinal);
        Assert.DoesNotContain("claire.martin@bailleur.example", page, StringComparison.Ordinal);
        Assert.DoesNotContain("claire.martin@bailleur.example", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("claire.martin@bailleur.example", api, StringComparison.Ordinal);
    }
}
