using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ngp.Tests.Harness;

/// <summary>Consultations, comments and votes through the JSON API and the pages, as the site's users do it.</summary>
public static class ParticipationHarness
{
    public const string DemoProject = "demo-project-alpins";

    /// <summary>Creates and publishes a consultation with one single-choice question « q » (options a, b, c) unless questions are given.</summary>
    public static async Task<string> PublishConsultationAsync(HttpClient admin, DateTimeOffset? opens = null, DateTimeOffset? closes = null,
        string results = "afterClosing", string eligibility = "agency", string[]? buildings = null, string kind = "vote", object[]? questions = null, string title = "Concertation de test")
    {
        var consultation = new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["opensUtc"] = opens?.ToString("O"),
            ["closesUtc"] = closes?.ToString("O"),
            ["results"] = results,
            ["eligibility"] = eligibility,
            ["buildings"] = buildings ?? [],
            ["questions"] = questions ??
            [
                new { id = "q", text = "Quelle couleur pour la façade ?", kind = "single", options = new[] { new { id = "a", text = "Ocre" }, new { id = "b", text = "Gris" }, new { id = "c", text = "Vert" } } },
            ],
        };
        var response = await admin.PostAsJsonAsync("api/v1/content", new
        {
            type = "Consultation",
            title = title + " " + Guid.NewGuid().ToString("N")[..6],
            parts = new Dictionary<string, object?> { ["Summary"] = new { text = "Votre avis compte." }, ["Consultation"] = consultation },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Create refused: {(int)response.StatusCode} {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        await NewsApi.PublishAsync(admin, id);
        return id;
    }

    public static Task<HttpResponseMessage> VoteAsync(HttpClient client, string consultationId, string questionId, params string[] optionIds) =>
        client.PostAsJsonAsync($"api/v1/consultations/{consultationId}/votes", new { questionId, optionIds });

    public static Task<HttpResponseMessage> CommentAsync(HttpClient client, string itemId, string body, string stance = "neutral", string? proposal = null, long? parentId = null) =>
        client.PostAsJsonAsync($"api/v1/content/{itemId}/comments", new { body, stance, proposal, parentId });

    public static async Task<long> CommentIdAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Comment refused: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A browser-like client signed in with the site's login form (cookie, antiforgery).</summary>
    public static async Task<HttpClient> BrowserAsync(Agency agency, string email, string password)
    {
        var browser = agency.Client();
        var login = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    /// <summary>Titles (French messages) of a problem-details answer.</summary>
    public static async Task<string> ProblemTitleAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("title").GetString() ?? "";
}
