using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>
/// Every route of an agency's OpenAPI document, sent hostile input by a visitor, a resident and the administrator:
/// no answer may be a server error, and every refusal of the JSON API is problem details with a French title.
/// </summary>
public abstract class RouteFuzzTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    // Every route, parameter and field with each hostile value makes about 5,000 requests today, answered in about a
    // minute on two cores; the cap keeps a growing API from growing the run with it (beyond it, every n-th is sent).
    private const int MaxRequests = 6_000;
    private const int Concurrency = 4;

    [SkippableFact]
    public async Task EveryApiRoute_WithHostileInput_NeverFailsAndRefusesInFrench()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var resident = await agency.CreateResidentAsync();
        var document = JsonNode.Parse(await agency.Client().GetStringAsync("api/v1/openapi.json"))!.AsObject();
        var fuzzer = new RouteFuzzer(document, await RealIdsAsync(agency, admin), await SampleBodiesAsync(admin));
        var callers = new (string Name, HttpClient Client, bool Thorough)[]
        {
            ("anonyme", agency.Client(), false),
            ("locataire", resident.Api, false),
            ("administrateur", admin, true),
        };
        var planned = callers.SelectMany(c => fuzzer.Requests(c.Thorough).Select(r => (Caller: c.Name, c.Client, Request: r)))
            // Deletions last, so that every other route meets the demo's items.
            .OrderBy(p => p.Request.Method == HttpMethod.Delete)
            .ToList();
        var every = (planned.Count + MaxRequests - 1) / MaxRequests;
        var sent = planned.Where((_, i) => i % every == 0).ToList();

        var findings = new ConcurrentBag<(string Key, string Example)>();
        await Parallel.ForEachAsync(sent, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (p, ct) =>
        {
            var finding = await FindingAsync(p.Client, p.Request, ct);
            if (finding is { } f)
                findings.Add(($"{p.Caller} {p.Request.Method} {p.Request.Route} → {f.Kind}", $"[{p.Request.Input}] {f.Detail}"));
        });

        var report = findings.GroupBy(f => f.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.Count()}×, e.g. {string.Join(" ; ", g.Select(f => f.Example).Order(StringComparer.Ordinal).Take(g.Key.Contains("→ 5", StringComparison.Ordinal) ? 30 : 1))})");
        Assert.True(findings.IsEmpty, $"{findings.Count} of {sent.Count} requests answered wrongly:\n{string.Join('\n', report)}");
    }

    /// <summary>What is wrong with the answer to one request, or null when it is a fine answer.</summary>
    private static async Task<(string Kind, string Detail)?> FindingAsync(HttpClient client, FuzzRequest request, CancellationToken ct)
    {
        try
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message, ct);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(ct);
            if (status >= 500)
                return ($"{status}", Excerpt(body));
            if (request.Expected is { } expected && status != expected)
                return ($"{status} au lieu de {expected}", Excerpt(body));
            if (status < 400 || !request.Route.StartsWith("/api/", StringComparison.Ordinal))
                return null;
            var type = response.Content.Headers.ContentType?.MediaType;
            if (type != "application/problem+json")
                return ($"{status} {type ?? "sans type"}, pas problem+json", Excerpt(body));
            var title = JsonDocument.Parse(body).RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
            return Problems.IsFrench(title) ? null : ($"{status} titre non français", $"« {title} »");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or IOException)
        {
            return (e.GetType().Name, Excerpt(e.Message));
        }
    }

    private static string Excerpt(string text) => text.Length > 160 ? text[..160] + "…" : text;

    /// <summary>Ids of the demo agency's items, by the route segment that names them.</summary>
    private static async Task<Dictionary<string, string>> RealIdsAsync(Agency agency, HttpClient admin)
    {
        var comments = await admin.GetFromJsonAsync<JsonElement>("api/v1/content/demo-project-alpins/comments");
        return new Dictionary<string, string>
        {
            ["content"] = "demo-project-alpins",
            ["meetings"] = "demo-meeting-2",
            ["reunions"] = "demo-meeting-2",
            ["consultations"] = "demo-consultation-cuisines",
            ["comments"] = comments.GetProperty("items")[0].GetProperty("id").GetRawText(),
            ["workflows"] = "actualite-publiee-abonnes",
            ["workflow-instances"] = "1",
            ["notifications"] = "1",
            ["versions"] = "1",
            ["tenants"] = agency.Name,
        };
    }

    /// <summary>Sensible bodies of the routes whose body the OpenAPI document does not describe well enough to reach their rules.</summary>
    private static async Task<Dictionary<string, JsonObject>> SampleBodiesAsync(HttpClient admin)
    {
        var project = (await admin.GetFromJsonAsync<JsonObject>("api/v1/content/demo-project-alpins"))!;
        var workflow = (await admin.GetFromJsonAsync<JsonObject>("api/v1/workflows/actualite-publiee-abonnes"))!;
        var comment = new JsonObject { ["body"] = "Bonne idée.", ["stance"] = "against", ["proposal"] = "Plutôt le samedi.", ["parentId"] = null };
        return new Dictionary<string, JsonObject>
        {
            ["POST /api/v1/content"] = JsonNode.Parse("""
                {"type":"Meeting","title":"Réunion de quartier","parts":{"Summary":{"text":"Ordre du jour."}},
                 "fields":{"Kind":"Atelier","Start":"2027-03-01T18:00","End":"2027-03-01T20:00","Place":"Salle commune",
                           "OnlineLink":{"url":"https://visio.exemple.org/salle","text":"Visio"},"Capacity":20,"Agenda":"Accueil — 10 min"}}
                """)!.AsObject(),
            ["PUT /api/v1/content/{id}"] = new JsonObject { ["title"] = project["title"]!.DeepClone(), ["parts"] = project["parts"]!.DeepClone(), ["fields"] = new JsonObject() },
            ["POST /api/v1/content/{id}/publish"] = new JsonObject { ["publishAtUtc"] = "2027-06-01T08:00:00Z" },
            ["POST /api/v1/content/{id}/comments"] = comment,
            ["PUT /api/v1/comments/{id}"] = (JsonObject)comment.DeepClone(),
            ["POST /api/v1/comments/{id}/moderate"] = new JsonObject { ["action"] = "block", ["days"] = 3 },
            ["POST /api/v1/consultations/{id}/votes"] = JsonNode.Parse("""{"questionId":"priorites","optionIds":["rangements","prises"]}""")!.AsObject(),
            ["POST /api/v1/meetings/{id}/close"] = JsonSerializer.SerializeToNode(MeetingsApi.Synthesis())!.AsObject(),
            ["PUT /api/v1/workflows/{id}"] = workflow,
            ["PUT /api/v1/me/notification-settings"] = new JsonObject { ["frequency"] = "daily" },
        };
    }
}

public sealed class RouteFuzzTestsOnSqlite(UnthrottledSqliteFactory factory) : RouteFuzzTests<UnthrottledSqliteFactory>(factory);

public sealed class RouteFuzzTestsOnPostgres(UnthrottledPostgresFactory factory) : RouteFuzzTests<UnthrottledPostgresFactory>(factory);
