using System.Globalization;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>Numbers as the report prints them (invariant culture, units in the text).</summary>
public static class Format
{
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    public static string Ms(double ms) => double.IsNaN(ms) ? "n/a" : ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string MB(long bytes) => MB(bytes / 1024.0 / 1024.0);

    public static string MB(double megabytes) => megabytes.ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Rps(double rps) => rps.ToString("#,0", CultureInfo.InvariantCulture) + " req/s";

    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>value / baseline, as "×12.3".</summary>
    public static string Ratio(double value, double baseline) =>
        baseline > 0 && !double.IsNaN(value) && !double.IsNaN(baseline)
            ? "×" + (value / baseline).ToString(value / baseline < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture)
            : "n/a";

    public static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>"12.3 ms (4.56–208.0 ms, 9 times)", for short durations.</summary>
    public static string SpreadMs(IReadOnlyList<TimeSpan> values) =>
        values.Count == 0
            ? "n/a"
            : $"{Ms(Median(values).TotalMilliseconds)} ({Ms(values.Min().TotalMilliseconds).Replace(" ms", "", StringComparison.Ordinal)}–{Ms(values.Max().TotalMilliseconds)}, {values.Count} times)";

    /// <summary>"1.234 s (1.100–1.400 s, 3 runs)".</summary>
    public static string Spread(IReadOnlyList<TimeSpan> values) =>
        values.Count <= 1
            ? Seconds(Median(values))
            : $"{Seconds(Median(values))} ({values.Min().TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}–{Seconds(values.Max())}, {values.Count} runs)";
}
