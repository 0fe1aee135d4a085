using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Outbox;
using Ngp.Search.Indexing;

namespace Ngp.Tests.Harness;

/// <summary>Drives the indexing now (as the catch-up interval would) and reads the search API.</summary>
public static class SearchHarness
{
    /// <summary>Hands the agency's committed events to the task log, then brings this node's index and the shared index up to date.</summary>
    public static async Task SyncAsync(this Agency agency)
    {
        await agency.Factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        await agency.Factory.Services.GetRequiredService<TenantIndexer>().CatchUpAsync(agency.Tenant);
        await agency.Factory.Services.GetRequiredService<SharedIndexer>().CatchUpAsync();
    }

    public static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("api/v1/search?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Search answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static IReadOnlyList<string> Titles(JsonElement results) =>
        results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();

    public static async Task<string> CreateGoodPracticeAsync(HttpClient admin, string title, bool shared, string context = "Un quartier de 120 logements.", bool publish = true)
    {
        var response = await admin.PostAsJsonAsync("api/v1/content", new
        {
            type = "GoodPractice",
            title,
            parts = new { Summary = new { text = "Une fiche écrite pour le test." }, Ambition = new { value = 3 } },
            fields = new
            {
                Themes = new { value = new[] { "Formation" } },
                Context = new { value = context },
                Actions = new { value = "Des ateliers mensuels." },
                Results = new { value = "**12** ateliers, **85 %** de satisfaction." },
                Shared = new { value = shared },
            },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Create refused: {(int)response.StatusCode} {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        if (publish)
            await NewsApi.PublishAsync(admin, id);
        return id;
    }
}
