using System.Diagnostics;

namespace Ngp.Tests.Harness;

/// <summary>
/// Compares how long two kinds of request take, as someone with a stopwatch would: medians of interleaved tries after
/// a warm-up, so a burst of load elsewhere on a shared machine weighs on both kinds alike.
/// </summary>
public static class ResponseTimes
{
    /// <summary>One try of a kind: it prepares what it needs, times only the request (<see cref="TimeAsync"/>), and tidies up.</summary>
    public delegate Task<TimeSpan> Try(int attempt);

    public sealed record Comparison(double FirstMs, double SecondMs)
    {
        /// <summary>How far apart the medians are, as a share of the larger one.</summary>
        public double Gap => Math.Abs(FirstMs - SecondMs) / Math.Max(FirstMs, SecondMs);

        public override string ToString() => $"{FirstMs:0.00} ms against {SecondMs:0.00} ms ({Gap:P0} apart)";
    }

    public static async Task<TimeSpan> TimeAsync(Func<Task> request)
    {
        var start = Stopwatch.GetTimestamp();
        await request();
        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>
    /// Fails unless the medians of <paramref name="tries"/> tries of each kind are within <paramref name="tolerance"/>
    /// in most of five rounds: a loaded machine can tip a round either way, a real difference tips most of them.
    /// </summary>
    public static async Task AssertAlikeAsync(Try first, Try second, Action<string> report, int tries = 20, double tolerance = 0.25)
    {
        const int rounds = 5;
        var comparisons = new List<Comparison>();
        var attempt = 0;
        while (comparisons.Count(c => c.Gap <= tolerance) <= rounds / 2 && comparisons.Count(c => c.Gap > tolerance) <= rounds / 2)
        {
            for (var i = 0; i < 5; i++)
            {
                await first(attempt++);
                await second(attempt++);
            }
            var firstTimes = new List<double>();
            var secondTimes = new List<double>();
            for (var i = 0; i < tries; i++)
            {
                // Which kind goes first alternates, so neither always follows the other's work.
                if (i % 2 == 0)
                {
                    firstTimes.Add((await first(attempt++)).TotalMilliseconds);
                    secondTimes.Add((await second(attempt++)).TotalMilliseconds);
                }
                else
                {
                    secondTimes.Add((await second(attempt++)).TotalMilliseconds);
                    firstTimes.Add((await first(attempt++)).TotalMilliseconds);
                }
            }
            var comparison = new Comparison(Median(firstTimes), Median(secondTimes));
            comparisons.Add(comparison);
            report($"round {comparisons.Count}: {comparison}");
        }
        Assert.True(comparisons.Count(c => c.Gap <= tolerance) > rounds / 2,
            $"The medians differ by more than {tolerance:P0} in most rounds: {string.Join("; ", comparisons)}.");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
