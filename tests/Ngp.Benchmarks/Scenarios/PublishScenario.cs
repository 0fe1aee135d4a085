using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// Writes then publishes --items news (10,000) through the content API of one SQLite agency: each publish is a
/// transaction (versions, slug history, outbox event). Items per second, with a few concurrent clients.
/// </summary>
public sealed class PublishScenario : IScenario
{
    public const int Workers = 4;

    public string Name => "publish";

    public string Description => "items/s of POST api/v1/content then POST …/publish for --items (10000) news in one SQLite agency";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var count = context.Options.Items;
        await using var server = context.StartSite("publish-site", context.NewDataFolder("publish"), NewsAgency.NoDemo);
        using var agency = await NewsAgency.CreateAsync(context, server, ct);

        var ids = new ConcurrentBag<string>();
        var created = await RunAsync(count, Workers, async n => ids.Add(await agency.CreateNewsAsync(NewsAgency.Title(n), NewsAgency.Summary, NewsAgency.Markdown, ct)), ct);
        context.Log($"{count} drafts created in {Format.Seconds(created)}");
        var queue = new ConcurrentQueue<string>(ids);
        var published = await RunAsync(count, Workers, async _ =>
        {
            if (queue.TryDequeue(out var id))
                await agency.PublishAsync(id, ct);
        }, ct);
        context.Log($"{count} items published in {Format.Seconds(published)}");

        using var probe = new HttpClient();
        var page = await probe.GetStringAsync(new Uri(server.BaseAddress, $"{NewsAgency.Prefix}/actualites"), ct);
        var total = created + published;
        return new ScenarioResult(
            $"Publish: {count.ToString("#,0", CultureInfo.InvariantCulture)} news through the content API, {Workers} concurrent clients, SQLite",
            [
                new ReportRow("publish (POST …/publish)", $"{count / published.TotalSeconds:0.0} items/s", "", "", $"{Format.Seconds(published)} for {count}"),
                new ReportRow("create draft (POST api/v1/content)", $"{count / created.TotalSeconds:0.0} items/s", "", "", $"{Format.Seconds(created)} for {count}"),
                new ReportRow("create + publish", $"{count / total.TotalSeconds:0.0} items/s", "", "", page.Contains("page=2", StringComparison.Ordinal) ? "news list paged afterwards" : "news list not paged?"),
            ],
            [
                "Each publish is one transaction: previous published version stepped down, slug history row, version row, outbox event.",
                "No baseline: a write path; the client and the server share the machine's cores.",
            ]);
    }

    private static async Task<TimeSpan> RunAsync(int count, int workers, Func<int, Task> action, CancellationToken ct)
    {
        var next = 0;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) <= count)
            {
                ct.ThrowIfCancellationRequested();
                await action(n);
            }
        }));
        return Stopwatch.GetElapsedTime(start);
    }
}
