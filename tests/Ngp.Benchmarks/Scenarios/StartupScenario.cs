using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// Cold start to first page: process start → first 200 of /grenoble-centre/, on a first run (head office and the
/// 8 demo agencies set up) and on a second run over the same data; baseline: a bare Kestrel app → first 200 of /.
/// </summary>
public sealed class StartupScenario : IScenario
{
    public const string AgencyHome = "/grenoble-centre/";

    public string Name => "startup";

    public string Description => "cold start to first page with 9 tenants (first run, second run) vs a bare Kestrel app";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var timeout = context.Options.StartTimeout;
        var bare = new List<TimeSpan>();
        var first = new List<TimeSpan>();
        var second = new List<TimeSpan>();
        for (var run = 1; run <= context.Options.Runs; run++)
        {
            await using (var server = context.StartBare($"startup-bare-{run}"))
            {
                bare.Add(await server.WaitForOkAsync("/", timeout, ct));
                context.Log($"run {run}: bare Kestrel first 200 after {Format.Seconds(bare[^1])}");
            }

            var data = context.NewDataFolder($"startup-{run}");
            await using (var server = context.StartSite($"startup-first-{run}", data))
            {
                first.Add(await server.WaitForOkAsync(AgencyHome, timeout, ct));
                context.Log($"run {run}: NGP first run, first 200 of {AgencyHome} after {Format.Seconds(first[^1])}");
            }
            await using (var server = context.StartSite($"startup-second-{run}", data))
            {
                second.Add(await server.WaitForOkAsync(AgencyHome, timeout, ct));
                context.Log($"run {run}: NGP second run, first 200 of {AgencyHome} after {Format.Seconds(second[^1])}");
            }
        }

        var baseline = Format.Median(bare);
        return new ScenarioResult(
            "Cold start to first page (9 tenants)",
            [
                new ReportRow("bare Kestrel app: process start → first 200 of /", Format.Spread(bare), "", "", "baseline"),
                new ReportRow($"NGP first run (sets up head office + 8 agencies): start → first 200 of {AgencyHome}",
                    Format.Spread(first), Format.Seconds(baseline), Format.Ratio(Format.Median(first).TotalSeconds, baseline.TotalSeconds)),
                new ReportRow($"NGP second run (9 tenants already set up): start → first 200 of {AgencyHome}",
                    Format.Spread(second), Format.Seconds(baseline), Format.Ratio(Format.Median(second).TotalSeconds, baseline.TotalSeconds)),
            ],
            [
                "Each server is `dotnet <dll> --urls http://127.0.0.1:<port>`, polled every 10 ms from just before Process.Start; the value is the median.",
                "The site runs from its output folder (its appsettings.json applies), with SQLite in a fresh temporary NGP_DATA_PATH.",
            ]);
    }
}
