using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ngp.Tests.Harness;

/// <summary>Writes and publishes news through the JSON API, as an editor's client would.</summary>
public static class NewsApi
{
    public static async Task<JsonElement> CreateAsync(HttpClient admin, string title, string summary = "Un résumé pour les locataires.", string markdown = "Le **texte** de l'actualité.", object? extraParts = null, object? fields = null)
    {
        var parts = new Dictionary<string, object?>
        {
            ["Summary"] = new { text = summary },
            ["Body"] = new { markdown },
        };
        if (extraParts is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToElement(extraParts).EnumerateObject().Select(p => (p.Name, p.Value)))
                parts[key] = value;
        }
        var response = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title, parts, fields });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Create refused: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<string> CreateAndPublishAsync(HttpClient admin, string title, string summary = "Un résumé pour les locataires.", string markdown = "Le **texte** de l'actualité.", object? extraParts = null, object? fields = null)
    {
        var id = (await CreateAsync(admin, title, summary, markdown, extraParts, fields)).GetProperty("id").GetString()!;
        await PublishAsync(admin, id);
        return id;
    }

    public static async Task<JsonElement> PublishAsync(HttpClient admin, string id, object? body = null)
    {
        var response = body is null
            ? await admin.PostAsync($"api/v1/content/{id}/publish", null)
            : await admin.PostAsJsonAsync($"api/v1/content/{id}/publish", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Publish refused: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task UnpublishAsync(HttpClient admin, string id)
    {
        var response = await admin.PostAsync($"api/v1/content/{id}/unpublish", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Everything the public reads about news: item page aside, the list (every page), home, feeds, sitemap, anonymous API.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> PublicSurfacesAsync(HttpClient visitor)
    {
        var surfaces = new Dictionary<string, string>
        {
            ["accueil"] = await visitor.GetStringAsync(""),
            ["rss"] = await visitor.GetStringAsync("actualites/rss.xml"),
            ["atom"] = await visitor.GetStringAsync("actualites/atom.xml"),
            ["sitemap"] = await visitor.GetStringAsync("sitemap.xml"),
            ["api"] = await visitor.GetStringAsync("api/v1/content?type=News&pageSize=100"),
        };
        for (var page = 1; page <= 50; page++)
        {
            var response = await visitor.GetAsync($"actualites?page={page}");
            if (response.StatusCode == HttpStatusCode.NotFound && page > 1)
                break;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            surfaces[$"liste page {page}"] = await response.Content.ReadAsStringAsync();
        }
        return surfaces;
    }
}
