using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Ngp.Benchmarks.Infrastructure;
using Npgsql;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// Two web nodes on one PostgreSQL server: how long after node A acknowledges a publication node B's cached home page
/// shows it. Measured with the change notifications off (each cache's lifetime alone, as before issue 22) and on, each
/// on its own pair of fresh processes and databases.
/// </summary>
public sealed partial class CrossNodeScenario : IScenario
{
    public const int Changes = 100;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PollPause = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(90);

    public string Name => "cross-node";

    public string Description => $"two nodes on PostgreSQL (NGP_BENCH_POSTGRES or NGP_TEST_POSTGRES): {Changes} news published on A, delay p50/p95 until B's cached home page shows each, notifications off vs on";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var template = Environment.GetEnvironmentVariable("NGP_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("NGP_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set NGP_BENCH_POSTGRES (or NGP_TEST_POSTGRES) to a connection string with {database}, as .ci/run does.");
        var polling = await MeasureAsync(context, template, notifications: false, ct);
        var notified = await MeasureAsync(context, template, notifications: true, ct);
        return new ScenarioResult(
            $"A change on node A seen on node B: {Changes} news published on A every {Interval.TotalMilliseconds:0} ms, B's anonymous home page read every {PollPause.TotalMilliseconds:0} ms",
            [
                new ReportRow("delay p50", Format.Ms(Percentile(notified.Delays, 0.50)), Format.Ms(Percentile(polling.Delays, 0.50)), Format.Ratio(Percentile(notified.Delays, 0.50), Percentile(polling.Delays, 0.50))),
                new ReportRow("delay p95", Format.Ms(Percentile(notified.Delays, 0.95)), Format.Ms(Percentile(polling.Delays, 0.95)), Format.Ratio(Percentile(notified.Delays, 0.95), Percentile(polling.Delays, 0.95)),
                    Percentile(notified.Delays, 0.95) <= 1000 ? "goal p95 ≤ 1 s met" : "above the 1 s goal"),
                new ReportRow("delay max", Format.Ms(notified.Delays.DefaultIfEmpty(double.NaN).Max()), Format.Ms(polling.Delays.DefaultIfEmpty(double.NaN).Max())),
                new ReportRow("changes seen on B / published on A", $"{notified.Delays.Count} / {Changes}", $"{polling.Delays.Count} / {Changes}"),
                new ReportRow("B's home page reads", Format.Count(notified.Reads), Format.Count(polling.Reads)),
            ],
            [
                "Value: Ngp:Database:ChangeNotifications on (LISTEN/NOTIFY on the host database); baseline: off, B learns only when its cached page expires (60 s).",
                "Delay: from A's answer to the publish request to the first answer of B's home page showing that news or a later one.",
            ]);
    }

    private sealed record Measure(List<double> Delays, long Reads);

    private static async Task<Measure> MeasureAsync(BenchContext context, string template, bool notifications, CancellationToken ct)
    {
        var label = notifications ? "cross-node-notified" : "cross-node-polling";
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
        var environment = new Dictionary<string, string>(NewsAgency.NoDemo)
        {
            ["Ngp__Database__Provider"] = "Postgres",
            ["Ngp__Database__ConnectionStringTemplate"] = template,
            ["Ngp__Database__DatabasePrefix"] = prefix,
            ["Ngp__Database__ChangeNotifications"] = notifications ? "true" : "false",
        };
        try
        {
            await using var a = context.StartSite(label + "-a", context.NewDataFolder(label + "-a"), environment);
            using var agency = await NewsAgency.CreateAsync(context, a, ct);
            await using var b = context.StartSite(label + "-b", context.NewDataFolder(label + "-b"), environment);
            await b.WaitForOkAsync($"/{NewsAgency.Prefix}/", context.Options.StartTimeout, ct);
            context.Log($"{label}: nodes A (:{a.Port}) and B (:{b.Port}) up on databases {prefix}_*");

            var acknowledged = new long[Changes + 1];
            var seen = new long[Changes + 1];
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var reads = 0L;
            var reader = Task.Run(async () =>
            {
                using var visitor = new HttpClient { BaseAddress = new Uri(b.BaseAddress, NewsAgency.Prefix + "/") };
                var shown = 0;
                while (!stop.IsCancellationRequested)
                {
                    var html = await visitor.GetStringAsync("", stop.Token);
                    var now = Stopwatch.GetTimestamp();
                    reads++;
                    var latest = ChangeNumber().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
                    for (; shown < latest; shown++)
                        seen[shown + 1] = now;
                    if (shown >= Changes)
                        return;
                    await Task.Delay(PollPause, stop.Token);
                }
            }, stop.Token);

            for (var n = 1; n <= Changes; n++)
            {
                var id = await agency.CreateNewsAsync($"Changement numero {n} fin", NewsAgency.Summary, NewsAgency.Markdown, ct);
                await agency.PublishAsync(id, ct);
                acknowledged[n] = Stopwatch.GetTimestamp();
                await Task.Delay(Interval, ct);
            }
            await Task.WhenAny(reader, Task.Delay(LongestWait, ct));
            await stop.CancelAsync();
            try
            {
                await reader;
            }
            catch (OperationCanceledException)
            {
                // Stopped after the longest wait: the changes not seen are reported as such.
            }
            var delays = Enumerable.Range(1, Changes).Where(n => seen[n] != 0)
                .Select(n => Math.Max(0, Stopwatch.GetElapsedTime(acknowledged[n], seen[n]).TotalMilliseconds)).ToList();
            context.Log($"{label}: {delays.Count} of {Changes} changes seen on B, p50 {Format.Ms(Percentile(delays, 0.5))}, p95 {Format.Ms(Percentile(delays, 0.95))}");
            return new Measure(delays, reads);
        }
        finally
        {
            await DropDatabasesAsync(template, prefix);
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static async Task DropDatabasesAsync(string template, string prefix)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(template.Replace("{database}", "postgres", StringComparison.Ordinal));
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE @prefix", connection))
        {
            list.Parameters.AddWithValue("prefix", prefix + "\\_%");
            await using var rows = await list.ExecuteReaderAsync();
            while (await rows.ReadAsync())
                names.Add(rows.GetString(0));
        }
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [GeneratedRegex(@"Changement numero (\d+) fin")]
    private static partial Regex ChangeNumber();
}
