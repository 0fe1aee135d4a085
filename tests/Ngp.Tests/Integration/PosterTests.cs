using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ngp.Core.Web;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>Hall posters: one A4 page per building of the lease list, their text read back, their QR code decoded.</summary>
public abstract class PosterTests<TFactory> where TFactory : NgpFactory, new()
{
    private const string EditorEmail = "redaction@ngp.local";
    private const string PartnerEmail = "partenaire@ngp.local";

    private static async Task<JsonElement> ItemAsync(HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"api/v1/content/{id}");

    private static async Task<PrintedPdf> PosterAsync(HttpClient client, string id, string query)
    {
        var response = await client.GetAsync($"api/v1/content/{id}/poster.pdf{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return PrintedPdf.Read(await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task Poster_OfAMeetingForThreeBuildings_HasAPageEachWithTheFactsAndAQrCodeToTheShortAddress()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var start = DateTimeOffset.UtcNow.AddDays(12);
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Réunion sur les travaux du hall", start);
        var shortUrl = (await ItemAsync(agency.Client(), meeting)).GetProperty("shortUrl").GetString()!;
        var editor = await factory.TokenClientAsync(agency.PathBase, EditorEmail, NgpFactory.AdminPassword);

        var pdf = await PosterAsync(editor, meeting, "?buildings=" + Uri.EscapeDataString("Le Moulin,Les Coteaux,Résidence du Parc"));

        Assert.Equal(["Le Moulin", "Les Coteaux", "Résidence du Parc"], pdf.Pages.Select(p => new[] { "Le Moulin", "Les Coteaux", "Résidence du Parc" }.Single(p.Text.Contains)));
        var when = ParisTime.Span(start, start.AddHours(2), ParisTime.French).Replace('\u202F', ' ').Replace('\u00A0', ' ');
        Assert.All(pdf.Pages, page =>
        {
            Assert.Contains("Agence " + agency.Name, page.Text);
            Assert.Contains("Atelier", page.Text);
            Assert.Contains("Réunion sur les travaux du hall", page.Text);
            Assert.Contains("Réunion de test.", page.Text);
            Assert.Contains("Quand : " + when, page.Text);
            Assert.Contains("Où : Salle commune", page.Text);
            Assert.Contains("Ordre du jour", page.Text);
            Assert.Contains($"Contact : Agence {agency.Name}, à l'accueil", page.Text);
            Assert.Contains(shortUrl.Replace("http://", "", StringComparison.Ordinal), page.Text);
            Assert.Equal([shortUrl], page.QrCodes);
        });
        Assert.DoesNotContain(pdf.Pages, p => p.Text.Contains("Les Glycines"));
    }

    [SkippableFact]
    public async Task Poster_WithoutBuildings_IsOnePageWithoutABuildingName()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var news = await MeetingsApi.PublishContentAsync(admin, new { type = "News", title = "Collecte des encombrants", parts = new { Summary = new { text = "Le camion passe jeudi : sortez vos encombrants la veille !" } } });

        var pdf = await PosterAsync(admin, news, "");

        var page = Assert.Single(pdf.Pages);
        Assert.Contains("Actualité", page.Text);
        Assert.Contains("Le camion passe jeudi : sortez vos encombrants la veille !", page.Text);
        // French typography: no-break spaces keep « : » and « ! » with the word before them.
        Assert.Contains("jeudi\u00A0:", page.RawText);
        Assert.Contains("veille\u202F!", page.RawText);
        Assert.DoesNotContain("Le Moulin", page.Text);
        Assert.Equal([(await ItemAsync(admin, news)).GetProperty("shortUrl").GetString()!], page.QrCodes);
    }

    [SkippableFact]
    public async Task Poster_WithBuildingsTickedInTheForm_KeepsANameThatHoldsAComma()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var news = await MeetingsApi.PublishContentAsync(admin, new { type = "News", title = "Fête des voisins", parts = new { Summary = new { text = "Le 4 juin." } } });

        var pdf = await PosterAsync(admin, news, "?buildings=" + Uri.EscapeDataString("Cité Jardin, allée 1") + "&buildings=" + Uri.EscapeDataString("le moulin"));

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Contains("Cité Jardin, allée 1", pdf.Pages[0].Text);
        Assert.Contains("Le Moulin", pdf.Pages[1].Text);
    }

    [SkippableFact]
    public async Task Poster_OfAPublishedSynthesis_CarriesItsDecisionsAndNextSteps()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var start = DateTimeOffset.UtcNow.AddDays(-2);
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Atelier des jardins", start);
        var synthesis = await MeetingsApi.PublishContentAsync(admin, new
        {
            type = "Synthesis",
            title = "Synthèse : atelier des jardins",
            parts = new { Summary = new { text = "Vingt locataires présents." } },
            fields = new
            {
                Meeting = meeting,
                Decisions = "- Les bacs seront posés en avril\n- Un **composteur** partagé",
                NextSteps = "- Commander les bacs — l'agence, avant le 1er mars",
            },
        });

        var page = Assert.Single((await PosterAsync(admin, synthesis, "?buildings=Les%20Glycines")).Pages);

        Assert.Contains("Synthèse de réunion", page.Text);
        Assert.Contains("Les Glycines", page.Text);
        Assert.Contains($"Réunion : Atelier des jardins, {ParisTime.DayAndDate(start, ParisTime.French)}", page.Text);
        Assert.Contains("Ce qui a été décidé", page.Text);
        Assert.Contains("Les bacs seront posés en avril", page.Text);
        Assert.Contains("Un composteur partagé", page.Text);
        Assert.Contains("Prochaines étapes", page.Text);
        Assert.Contains("Commander les bacs — l'agence, avant le 1er mars", page.Text);
        Assert.DoesNotContain("**", page.Text);
    }

    [SkippableFact]
    public async Task Poster_ForABuildingNotInTheLeaseList_Is400WithAFrenchProblem()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Réunion", DateTimeOffset.UtcNow.AddDays(3));

        var response = await admin.GetAsync($"api/v1/content/{meeting}/poster.pdf?buildings=Le%20Moulin,Tour%20Eiffel");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Le bâtiment « Tour Eiffel » n'est pas dans la liste des baux de l'agence.", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("buildings", out _));
    }

    [SkippableFact]
    public async Task Poster_AskedByTheAnonymousOrAPartner_IsRefusedAndByAnEditor_IsGiven()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Réunion", DateTimeOffset.UtcNow.AddDays(3));
        var partner = await factory.TokenClientAsync(agency.PathBase, PartnerEmail, NgpFactory.AdminPassword);
        var editor = await factory.TokenClientAsync(agency.PathBase, EditorEmail, NgpFactory.AdminPassword);
        var url = $"api/v1/content/{meeting}/poster.pdf";

        Assert.Equal(HttpStatusCode.Unauthorized, (await agency.Client().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(url)).StatusCode);
    }

    [SkippableFact]
    public async Task Poster_OfADraft_IsNotFoundWithAFrenchProblem()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var created = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title = "Brouillon", parts = new { Summary = new { text = "x" } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await admin.GetAsync($"api/v1/content/{id}/poster.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("publiez-le d'abord", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}

public sealed class PosterTestsOnSqlite : PosterTests<SqliteFactory>;

public sealed class PosterTestsOnPostgres : PosterTests<PostgresFactory>;
