using System.Text;
using Ngp.Benchmarks.Scenarios;

namespace Ngp.Benchmarks;

/// <summary>The scenarios this program knows; later issues add theirs here (content rendering, voting…).</summary>
public static class ScenarioCatalog
{
    public static readonly IReadOnlyList<IScenario> All =
    [
        new StartupScenario(),
        new ThroughputScenario(),
        new MemoryScenario(),
        new HomeNewsScenario(),
        new PublishScenario(),
        new ParticipationScenario(),
        new SearchScenario(),
        new WorkflowScenario(),
        new NotifyScenario(),
        new MeetingsScenario(),
        new OpenDataScenario(),
        new CrossNodeScenario(),
        new LettersScenario(),
        new SignedInScenario(),
    ];

    public static IReadOnlyList<IScenario> Select(IEnumerable<string> names)
    {
        var selected = new List<IScenario>();
        foreach (var name in names)
        {
            if (name == "all")
            {
                selected.AddRange(All.Where(s => !selected.Contains(s)));
                continue;
            }
            var scenario = All.FirstOrDefault(s => s.Name == name)
                ?? throw new ArgumentException($"Unknown scenario '{name}'. Known: {string.Join(", ", All.Select(s => s.Name))}, all.");
            if (!selected.Contains(scenario))
                selected.Add(scenario);
        }
        return selected;
    }

    public static string Usage()
    {
        var text = new StringBuilder();
        text.AppendLine("NGP benchmarks — dotnet run -c Release --project tests/Ngp.Benchmarks -- <scenario>... [options]");
        text.AppendLine();
        text.AppendLine("Scenarios:");
        foreach (var s in All)
            text.AppendLine($"  {s.Name,-12} {s.Description}");
        text.AppendLine($"  {"all",-12} every scenario above, in that order");
        text.AppendLine();
        text.AppendLine("Options:");
        text.AppendLine("  --driver dotnet|wrk     load driver for 'throughput' (default dotnet: HttpClient; wrk: apt-get install -y wrk)");
        text.AppendLine("  --path /PAGE/            site page loaded by 'throughput' (default /grenoble-centre/; the first run's 9 tenants exist)");
        text.AppendLine("  --connections N         concurrent connections of the load driver (default 32)");
        text.AppendLine("  --warmup S              seconds of warm-up before each measured window (default 3)");
        text.AppendLine("  --duration S            seconds of each measured window (default 10)");
        text.AppendLine("  --max-requests N        upper bound of requests in one window (default 5000000)");
        text.AppendLine("  --runs N                cold starts per kind in 'startup' (default 3, median reported)");
        text.AppendLine("  --tenants N             tenants in the large 'memory' measure (default 100)");
        text.AppendLine("  --items N               news items created and published by 'publish' (default 10000)");
        text.AppendLine("  --documents N           good-practice documents indexed by 'search' (default 100000, over 8 agencies)");
        text.AppendLine("  --recipients N          recipients of the synthesis sent by 'meetings' (default 2000)");
        text.AppendLine("  --provider sqlite|postgres  the site's database in 'signed-in' (postgres: NGP_BENCH_POSTGRES or NGP_TEST_POSTGRES, a connection string with {database})");
        text.AppendLine("  --settle S              seconds to wait before reading an idle process's memory (default 5)");
        text.AppendLine("  --start-timeout S       longest wait for a server's first 200 (default 300)");
        text.AppendLine("  --web-dll PATH          the site to measure (default src/Ngp.Web/bin/<configuration>/net10.0/Ngp.Web.dll)");
        text.AppendLine("  --artifacts DIR         report and server logs (default BenchmarkDotNet.Artifacts/results)");
        text.AppendLine("  --keep-data             keep the temporary data folders of the site");
        return text.ToString();
    }
}
