namespace Ngp.Benchmarks.Infrastructure;

/// <summary>One measured window of load. Latencies in milliseconds; NaN where the driver does not give it.</summary>
public sealed record LoadResult(
    string Driver,
    long Requests,
    long Errors,
    TimeSpan Elapsed,
    double RequestsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    string? FirstError);
