using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>Short addresses (<c>/a/3KX9</c>) of published items: given once, redirecting for anyone, kept forever.</summary>
public abstract class ShortLinkTests<TFactory> where TFactory : NgpFactory, new()
{
    [SkippableFact]
    public async Task ShortLink_OfAPublishedItem_RedirectsAnyoneToItsPageAndSurvivesATitleChange()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = await MeetingsApi.PublishContentAsync(admin, new { type = "News", title = "Fête des voisins", parts = new { Summary = new { text = "Le 4 juin." } } });
        var item = await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{id}");
        var shortUrl = item.GetProperty("shortUrl").GetString()!;
        var code = shortUrl[(shortUrl.LastIndexOf('/') + 1)..];

        Assert.StartsWith($"http://localhost{agency.PathBase}/a/", shortUrl);
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}$", code);
        var first = await agency.Client().GetAsync($"a/{code}");
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal($"{agency.PathBase}/actualites/fete-des-voisins", first.Headers.Location?.OriginalString);

        var update = await admin.PutAsJsonAsync($"api/v1/content/{id}", new { title = "Fête des voisins : nouvelle date", parts = new { Slug = new { slug = "fete-des-voisins-juillet" }, Summary = new { text = "Le 2 juillet." } } });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        Assert.True((await admin.PostAsync($"api/v1/content/{id}/publish", null)).IsSuccessStatusCode);

        var after = await agency.Client().GetAsync($"a/{code.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.Equal($"{agency.PathBase}/actualites/fete-des-voisins-juillet", after.Headers.Location?.OriginalString);
        var page = await agency.Client(followRedirects: true).GetAsync($"a/{code}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Fête des voisins : nouvelle date", await page.Content.ReadAsStringAsync());
        Assert.Equal(shortUrl, (await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{id}")).GetProperty("shortUrl").GetString());
    }

    [SkippableFact]
    public async Task ShortLink_UnknownOrUnpublished_IsTheAgencysFrenchNotFoundPage()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = await MeetingsApi.PublishContentAsync(admin, new { type = "News", title = "Bientôt retirée", parts = new { Summary = new { text = "x" } } });
        var shortUrl = (await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{id}")).GetProperty("shortUrl").GetString()!;
        Assert.True((await admin.PostAsync($"api/v1/content/{id}/unpublish", null)).IsSuccessStatusCode);

        foreach (var path in new[] { "a/ZZZZ", "a/0O1I", "a/" + new string('A', 40), shortUrl[shortUrl.IndexOf("a/", StringComparison.Ordinal)..] })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/html");
            var response = await agency.Client().SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync());
        }
    }

    [SkippableFact]
    public async Task ContentJson_OfPublishedItems_CarriesTheirShortUrlAndDraftsNone()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var published = await MeetingsApi.PublishContentAsync(admin, new { type = "News", title = "Publiée", parts = new { Summary = new { text = "x" } } });
        var created = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title = "Brouillon", parts = new { Summary = new { text = "x" } } });
        var draft = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var list = await agency.Client().GetFromJsonAsync<JsonElement>("api/v1/content?type=News");
        var listed = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == published);
        var single = await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{published}");
        var draftJson = await admin.GetFromJsonAsync<JsonElement>($"api/v1/content/{draft}");

        Assert.StartsWith($"http://localhost{agency.PathBase}/a/", single.GetProperty("shortUrl").GetString());
        Assert.Equal(single.GetProperty("shortUrl").GetString(), listed.GetProperty("shortUrl").GetString());
        Assert.Equal(JsonValueKind.Null, draftJson.GetProperty("shortUrl").ValueKind);
        // Two items, two codes.
        var other = await MeetingsApi.PublishContentAsync(admin, new { type = "News", title = "Autre", parts = new { Summary = new { text = "x" } } });
        Assert.NotEqual(single.GetProperty("shortUrl").GetString(), (await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{other}")).GetProperty("shortUrl").GetString());
    }
}

public sealed class ShortLinkTestsOnSqlite : ShortLinkTests<SqliteFactory>;

public sealed class ShortLinkTestsOnPostgres : ShortLinkTests<PostgresFactory>;
