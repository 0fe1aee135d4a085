using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>Optional load driver: wrk (apt-get install -y wrk), lighter on the shared cores than HttpClient. No p95.</summary>
public static partial class WrkDriver
{
    public static bool IsAvailable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    /// <summary>One window of load (whole seconds, at least 1); call it once for warm-up and once for the measure.</summary>
    public static async Task<LoadResult> RunAsync(Uri url, int connections, TimeSpan duration, CancellationToken ct)
    {
        if (!IsAvailable())
            throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk, or use --driver dotnet.");
        var output = await RunWrkAsync(url, connections, duration, ct);
        return Parse(output);
    }

    private static async Task<string> RunWrkAsync(Uri url, int connections, TimeSpan duration, CancellationToken ct)
    {
        var threads = Math.Min(Environment.ProcessorCount, connections);
        var info = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s", "--timeout", "10s", "--latency", url.ToString() })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start wrk.");
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bound.CancelAfter(duration + TimeSpan.FromSeconds(30));
        var stdout = process.StandardOutput.ReadToEndAsync(bound.Token);
        var stderr = process.StandardError.ReadToEndAsync(bound.Token);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
        var output = await stdout;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await stderr}{output}");
        return output;
    }

    internal static LoadResult Parse(string output)
    {
        var requests = Match(RequestsLine(), output, 1) is { } r ? long.Parse(r, CultureInfo.InvariantCulture) : 0;
        var seconds = Match(RequestsLine(), output, 2) is { } s ? Duration(s) : double.NaN;
        var rps = Match(RpsLine(), output, 1) is { } q ? double.Parse(q, CultureInfo.InvariantCulture) : double.NaN;
        var socketErrors = SocketErrorsLine().Match(output) is { Success: true } m
            ? Enumerable.Range(1, 4).Sum(i => long.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture))
            : 0;
        var non2xx = Match(Non2xxLine(), output, 1) is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : 0;
        var max = LatencyStatsLine().Match(output) is { Success: true } l ? DurationMs(l.Groups[1].Value) : double.NaN;
        return new LoadResult(
            "wrk",
            requests - non2xx,
            socketErrors + non2xx,
            TimeSpan.FromSeconds(seconds),
            rps * (requests == 0 ? 1 : (double)(requests - non2xx) / requests),
            Percent(output, "50"),
            double.NaN,
            Percent(output, "99"),
            max,
            socketErrors + non2xx > 0 ? $"socket errors {socketErrors}, non-2xx/3xx {non2xx}" : null);
    }

    private static double Percent(string output, string percent) =>
        new Regex($@"^\s*{percent}(?:\.0+)?%\s+(\S+)", RegexOptions.Multiline).Match(output) is { Success: true } m ? DurationMs(m.Groups[1].Value) : double.NaN;

    private static string? Match(Regex regex, string text, int group) =>
        regex.Match(text) is { Success: true } m ? m.Groups[group].Value : null;

    /// <summary>wrk's durations: 850.00us, 1.23ms, 2.00s, 1.50m.</summary>
    private static double DurationMs(string value)
    {
        var unit = UnitSuffix().Match(value);
        var number = double.Parse(value[..unit.Index], CultureInfo.InvariantCulture);
        return unit.Value switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            "h" => number * 3_600_000,
            _ => double.NaN,
        };
    }

    private static double Duration(string value) => DurationMs(value) / 1000;

    [GeneratedRegex(@"(\d+) requests in ([\d.]+\w+),")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RpsLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxLine();

    [GeneratedRegex(@"^\s*Latency\s+\S+\s+\S+\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex LatencyStatsLine();

    [GeneratedRegex(@"[a-z]+$")]
    private static partial Regex UnitSuffix();
}
