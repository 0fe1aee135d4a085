using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// Workflows on a SQLite agency: (1) 1,000 events of one kind (ContentCreated, from drafts written through the API)
/// each starting a 3-task workflow, instances completed per second end to end; (2) the publish path's latency
/// without and then with 20 enabled workflow types started by ContentPublished, in the same run (ratio).
/// </summary>
public sealed class WorkflowScenario : IScenario
{
    private const int Events = 1000;
    private const int Publishes = 150;
    private const int Types = 20;
    private const int Workers = 4;

    public string Name => "workflows";

    public string Description => "instances/s of 1,000 events → 3-task workflow; publish latency without / with 20 enabled workflow types (ratio)";

    private static object ThreeTasks(string id, string startEvent) => new
    {
        id,
        name = "Bench " + id,
        startEvent = new { type = startEvent, contentTypes = new[] { "News" } },
        activities = new object[]
        {
            new { id = "titre", type = "SetProperty", properties = new { name = "titre", value = "{{ Content.DisplayText }}" } },
            new { id = "test", type = "IfElse", properties = new { condition = "Workflow.Properties.titre contains \"Réunion\"" } },
            new { id = "noter", type = "Log", properties = new { message = "{{ Workflow.Properties.titre }} ({{ Event.contentItemId }})" } },
        },
        transitions = new object[]
        {
            new { from = "start", outcome = "Done", to = "titre" },
            new { from = "titre", outcome = "Done", to = "test" },
            new { from = "test", outcome = "True", to = "noter" },
            new { from = "test", outcome = "False", to = "noter" },
        },
    };

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        await using var server = context.StartSite("workflows-site", context.NewDataFolder("workflows"), NewsAgency.NoDemo);
        using var agency = await NewsAgency.CreateAsync(context, server, ct);

        // The recipe's default workflows are switched off so that each measure sees only its own types.
        foreach (var type in (await agency.SendJsonAsync(HttpMethod.Get, "api/v1/workflows", null, ct)).EnumerateArray())
        {
            var id = type.GetProperty("id").GetString()!;
            var definition = JsonSerializer.Deserialize<Dictionary<string, object?>>((await agency.SendJsonAsync(HttpMethod.Get, $"api/v1/workflows/{id}", null, ct)).GetRawText())!;
            definition["enabled"] = false;
            await agency.SendJsonAsync(HttpMethod.Put, $"api/v1/workflows/{id}", definition, ct);
        }

        // (1) 1,000 ContentCreated events, each starting one instance of a 3-task workflow.
        await agency.SendJsonAsync(HttpMethod.Put, "api/v1/workflows/bench-created", ThreeTasks("bench-created", "ContentCreated"), ct);
        var start = Stopwatch.GetTimestamp();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) <= Events)
                await agency.CreateNewsAsync(NewsAgency.Title(n), NewsAgency.Summary, NewsAgency.Markdown, ct);
        }));
        var produced = Stopwatch.GetElapsedTime(start);
        context.Log($"{Events} events raised in {Format.Seconds(produced)}");
        JsonElement stats;
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            stats = await agency.SendJsonAsync(HttpMethod.Get, "api/v1/workflows/bench-created/stats", null, ct);
            if (stats.GetProperty("finished").GetInt32() + stats.GetProperty("faulted").GetInt32() >= Events || deadline.Elapsed > TimeSpan.FromMinutes(10))
                break;
            await Task.Delay(50, ct);
        }
        var completed = Stopwatch.GetElapsedTime(start);
        var finished = stats.GetProperty("finished").GetInt32();
        context.Log($"{finished} instances finished in {Format.Seconds(completed)}");

        // (2) Publish latency, sequential, without then with 20 enabled types started by ContentPublished.
        await agency.SendJsonAsync(HttpMethod.Put, "api/v1/workflows/bench-created", new Dictionary<string, object?>(
            JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(ThreeTasks("bench-created", "ContentCreated")))!) { ["enabled"] = false }, ct);
        var drafts = new ConcurrentQueue<string>();
        for (var i = 0; i < Publishes * 2 + 20; i++)
            drafts.Enqueue(await agency.CreateNewsAsync($"Publication n° {i}", NewsAgency.Summary, NewsAgency.Markdown, ct));
        async Task<List<double>> PublishAllAsync()
        {
            var times = new List<double>();
            for (var i = 0; i < Publishes; i++)
            {
                drafts.TryDequeue(out var id);
                var t = Stopwatch.GetTimestamp();
                await agency.PublishAsync(id!, ct);
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            return times;
        }
        for (var i = 0; i < 10; i++)
        {
            drafts.TryDequeue(out var warm);
            await agency.PublishAsync(warm!, ct);
        }
        var without = await PublishAllAsync();
        for (var i = 0; i < Types; i++)
            await agency.SendJsonAsync(HttpMethod.Put, $"api/v1/workflows/bench-published-{i}", ThreeTasks($"bench-published-{i}", "ContentPublished"), ct);
        for (var i = 0; i < 10; i++)
        {
            drafts.TryDequeue(out var warm);
            await agency.PublishAsync(warm!, ct);
        }
        var with = await PublishAllAsync();
        var deadline2 = Stopwatch.StartNew();
        var ranAfter = 0;
        while (deadline2.Elapsed < TimeSpan.FromMinutes(5))
        {
            ranAfter = (await agency.SendJsonAsync(HttpMethod.Get, "api/v1/workflows/bench-published-0/stats", null, ct)).GetProperty("finished").GetInt32();
            if (ranAfter >= Publishes + 10)
                break;
            await Task.Delay(100, ct);
        }

        static double P(List<double> values, double p)
        {
            var sorted = values.Order().ToList();
            return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
        }
        string Ms(double v) => v.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
        string Ratio(double a, double b) => (a / b).ToString("0.00", CultureInfo.InvariantCulture) + "×";
        return new ScenarioResult(
            "Workflows: events → instances, and the publish path with 20 enabled workflow types (SQLite)",
            [
                new ReportRow($"{Events} events → 3-task instances finished", $"{finished / completed.TotalSeconds:0.0} instances/s", $"{Events / produced.TotalSeconds:0.0} events/s raised", Ratio(finished / completed.TotalSeconds, Events / produced.TotalSeconds),
                    $"{finished} finished, {stats.GetProperty("faulted").GetInt32()} faulted, {Format.Seconds(completed)} from the first event; last instance {Format.Seconds(completed - produced)} after the last event"),
                new ReportRow("publish latency p50, 20 workflow types", Ms(P(with, 0.5)), Ms(P(without, 0.5)) + " without", Ratio(P(with, 0.5), P(without, 0.5)), $"{Publishes} sequential publishes each"),
                new ReportRow("publish latency p95, 20 workflow types", Ms(P(with, 0.95)), Ms(P(without, 0.95)) + " without", Ratio(P(with, 0.95), P(without, 0.95)), $"{ranAfter} instances of one of the 20 types finished"),
                new ReportRow("publish latency mean, 20 workflow types", Ms(with.Average()), Ms(without.Average()) + " without", Ratio(with.Average(), without.Average())),
            ],
            [
                "Events reach workflows through the outbox after the publish commits: the publish request never runs a workflow; what it pays is the background work sharing the cores and the SQLite write lock.",
                "The events/s baseline is how fast 4 API clients raise the events (drafts written through POST api/v1/content); a ratio near 1 means workflows keep up with them.",
            ]);
    }
}
