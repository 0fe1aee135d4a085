using System.Globalization;
using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>An agency's home page (latest news section) and news list with 20 published news, against bare Kestrel in the same run.</summary>
public sealed class HomeNewsScenario : IScenario
{
    public const int NewsCount = 20;

    public string Name => "home-news";

    public string Description => $"requests/s and latency of an agency home page and news list with {NewsCount} published news vs bare Kestrel (goal ≥ 30 %)";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var options = context.Options;
        if (options.Driver == "wrk" && !WrkDriver.IsAvailable())
            throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk, or use --driver dotnet.");

        ThroughputScenario.Measure bare;
        await using (var server = context.StartBare("home-news-bare"))
        {
            await server.WaitForOkAsync("/", options.StartTimeout, ct);
            bare = await ThroughputScenario.MeasureAsync(context, server, "/", ct);
        }

        ThroughputScenario.Measure home;
        ThroughputScenario.Measure list;
        await using (var server = context.StartSite("home-news-site", context.NewDataFolder("home-news"), NewsAgency.NoDemo))
        {
            using (var agency = await NewsAgency.CreateAsync(context, server, ct))
            {
                for (var n = 1; n <= NewsCount; n++)
                    await agency.PublishAsync(await agency.CreateNewsAsync(NewsAgency.Title(n), NewsAgency.Summary, NewsAgency.Markdown, ct), ct);
            }
            context.Log($"{NewsCount} news published in /{NewsAgency.Prefix}/");
            home = await ThroughputScenario.MeasureAsync(context, server, $"/{NewsAgency.Prefix}/", ct);
            list = await ThroughputScenario.MeasureAsync(context, server, $"/{NewsAgency.Prefix}/actualites", ct);
        }

        var b = bare.Load;
        return new ScenarioResult(
            $"Home page with {NewsCount} news: /{NewsAgency.Prefix}/ and /{NewsAgency.Prefix}/actualites vs bare Kestrel (driver {b.Driver}, {options.Connections} connections, {options.Duration.TotalSeconds:0} s)",
            [
                .. Rows("home", home, bare),
                .. Rows("news list", list, bare),
            ],
            [
                "Goal: the home page's requests/s ≥ 30 % of the bare Kestrel endpoint's, in the same run.",
                $"The home page shows the 3 latest news; the list page shows 10 of the {NewsCount}; anonymous GETs, SQLite.",
            ]);
    }

    private static IEnumerable<ReportRow> Rows(string page, ThroughputScenario.Measure site, ThroughputScenario.Measure bare)
    {
        var s = site.Load;
        var b = bare.Load;
        yield return new ReportRow($"{page}: requests/s", Format.Rps(s.RequestsPerSecond), Format.Rps(b.RequestsPerSecond), Format.Ratio(s.RequestsPerSecond, b.RequestsPerSecond),
            s.RequestsPerSecond >= 0.3 * b.RequestsPerSecond ? "goal ≥ 30 % met" : "below the 30 % goal");
        yield return new ReportRow($"{page}: latency p50", Format.Ms(s.P50Ms), Format.Ms(b.P50Ms), Format.Ratio(s.P50Ms, b.P50Ms));
        yield return new ReportRow($"{page}: latency p95", Format.Ms(s.P95Ms), Format.Ms(b.P95Ms), Format.Ratio(s.P95Ms, b.P95Ms));
        yield return new ReportRow($"{page}: latency p99", Format.Ms(s.P99Ms), Format.Ms(b.P99Ms), Format.Ratio(s.P99Ms, b.P99Ms));
        yield return new ReportRow($"{page}: requests (200) / errors", $"{Format.Count(s.Requests)} / {Format.Count(s.Errors)}", $"{Format.Count(b.Requests)} / {Format.Count(b.Errors)}", "", s.FirstError ?? "");
        yield return new ReportRow($"{page}: server CPU per request", Format.Ms(site.CpuMsPerRequest), Format.Ms(bare.CpuMsPerRequest), Format.Ratio(site.CpuMsPerRequest, bare.CpuMsPerRequest));
        yield return new ReportRow($"{page}: response body", $"{site.BodyBytes.ToString("#,0", CultureInfo.InvariantCulture)} B", $"{bare.BodyBytes} B");
    }
}
