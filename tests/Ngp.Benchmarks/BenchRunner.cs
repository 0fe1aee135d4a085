using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Ngp.Benchmarks;

/// <summary>Runs the selected scenarios one after the other, then prints and writes one markdown report.</summary>
public static class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        IReadOnlyList<IScenario> scenarios;
        try
        {
            scenarios = ScenarioCatalog.Select(options.Scenarios);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var configuration = typeof(BenchRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "NgpBuildConfiguration")?.Value ?? "?";
        var webDll = options.WebDll ?? DefaultWebDll(configuration);
        if (webDll is null || !File.Exists(webDll))
        {
            Console.Error.WriteLine($"The site was not found ({webDll ?? "no Ngp.sln above " + AppContext.BaseDirectory}). Build it, or give --web-dll.");
            return 2;
        }
        if (configuration != "Release")
            Console.Error.WriteLine($"Warning: built in {configuration}; run with -c Release for real figures.");

        var artifacts = Path.GetFullPath(options.ArtifactsPath);
        Directory.CreateDirectory(artifacts);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var header = Header(options, configuration, webDll);
        Console.WriteLine(header);
        var results = new List<ScenarioResult>();
        var failed = false;
        await using (var context = new BenchContext(options, webDll, artifacts))
        {
            foreach (var scenario in scenarios)
            {
                Console.WriteLine($"== {scenario.Name}: {scenario.Description}");
                try
                {
                    var result = await scenario.RunAsync(context, cancel.Token);
                    results.Add(result with { Notes = [.. result.Notes, $"Load average at the end of this scenario: {LoadAverage()} (other work on the machine skews every figure)."] });
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failed = true;
                    Console.Error.WriteLine($"Scenario {scenario.Name} failed: {e}");
                    results.Add(new ScenarioResult(scenario.Name, [], [$"FAILED: {e.GetType().Name}: {e.Message}"]));
                    if (cancel.IsCancellationRequested)
                        break;
                }
            }
        }

        var report = Markdown(header, results);
        var file = Path.Combine(artifacts, $"ngp-{string.Join('-', scenarios.Select(s => s.Name))}-report.md");
        await File.WriteAllTextAsync(file, report);
        Console.WriteLine();
        Console.WriteLine(report);
        Console.WriteLine($"Report written to {file}");
        return failed ? 1 : 0;
    }

    private static string? DefaultWebDll(string configuration)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ngp.sln")))
                return Path.Combine(dir.FullName, "src", "Ngp.Web", "bin", configuration, "net10.0", "Ngp.Web.dll");
        }
        return null;
    }

    private static string Header(BenchOptions options, string configuration, string webDll)
    {
        var load = LoadAverage();
        var text = new StringBuilder();
        text.AppendLine("# NGP benchmarks");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; build: {configuration}; site: `{webDll}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- machine: {Environment.ProcessorCount} cores, {TotalMemoryGiB():0.#} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average at start: {load}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- options: {options.Describe()}");
        text.AppendLine("- the load driver runs on the same cores as the server: compare the ratio to the baseline, not the absolute numbers");
        return text.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double TotalMemoryGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var value, ..] ? double.Parse(value, CultureInfo.InvariantCulture) : 0;
        return kb / 1024 / 1024;
    }

    private static string Markdown(string header, IReadOnlyList<ScenarioResult> results)
    {
        var text = new StringBuilder(header);
        foreach (var result in results)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {result.Title}");
            text.AppendLine();
            if (result.Rows.Count > 0)
            {
                text.AppendLine("| measure | value | baseline | ratio | note |");
                text.AppendLine("|---|---:|---:|---:|---|");
                foreach (var row in result.Rows)
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Measure} | {row.Value} | {row.Baseline} | {row.Ratio} | {row.Note} |");
                text.AppendLine();
            }
            foreach (var note in result.Notes)
                text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }
        return text.ToString();
    }
}
