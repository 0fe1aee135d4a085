using System.Diagnostics;
using System.Net;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>
/// The default load driver, needing only the SDK: N workers on N pooled keep-alive connections, each sending its
/// next GET as soon as the previous answer is read, until the window's deadline or request bound.
/// </summary>
public static class HttpLoadDriver
{
    /// <summary>One window of load; call it once for warm-up and once for the measure.</summary>
    /// <param name="cookies">People whose cookies are sent in turn, spread over the workers (worker w is person w, then w + connections…); none when null.</param>
    public static async Task<LoadResult> RunAsync(Uri url, int connections, TimeSpan duration, long maxRequests, CancellationToken ct, CookieJars? cookies = null)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        return await RunWindowAsync(client, url, connections, duration, maxRequests, cookies, ct);
    }

    private static async Task<LoadResult> RunWindowAsync(HttpClient client, Uri url, int connections, TimeSpan duration, long maxRequests, CookieJars? cookies, CancellationToken ct)
    {
        var perWorker = Math.Max(1, maxRequests / connections);
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections)
            .Select(w => Task.Run(() => WorkAsync(client, url, deadline, perWorker, w, connections, cookies, ct), ct))
            .ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(start);

        var latencies = results.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        var errors = results.Sum(w => w.Errors);
        return new LoadResult(
            "dotnet",
            latencies.Length,
            errors,
            elapsed,
            latencies.Length / elapsed.TotalSeconds,
            Percentile(latencies, 50),
            Percentile(latencies, 95),
            Percentile(latencies, 99),
            latencies.Length > 0 ? ToMs(latencies[^1]) : double.NaN,
            results.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    private static async Task<Worker> WorkAsync(HttpClient client, Uri url, long deadline, long maxRequests, int index, int connections, CookieJars? cookies, CancellationToken ct)
    {
        var next = index;
        var worker = new Worker();
        for (long sent = 0; sent < maxRequests && Stopwatch.GetTimestamp() < deadline; sent++)
        {
            ct.ThrowIfCancellationRequested();
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                var person = -1;
                if (cookies is { Count: > 0 })
                {
                    person = next % cookies.Count;
                    next += connections;
                    request.Headers.Add("Cookie", cookies.Header(person));
                }
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (person >= 0)
                    cookies!.Remember(person, response);
                await response.Content.CopyToAsync(Stream.Null, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    worker.Latencies.Add(Stopwatch.GetTimestamp() - t0);
                }
                else
                {
                    worker.Errors++;
                    worker.FirstError ??= $"HTTP {(int)response.StatusCode}";
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
            {
                worker.Errors++;
                worker.FirstError ??= e.Message;
            }
        }
        return worker;
    }

    private static double Percentile(long[] sorted, double percent)
    {
        if (sorted.Length == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length) - 1;
        return ToMs(sorted[Math.Clamp(rank, 0, sorted.Length - 1)]);
    }

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class Worker
    {
        public List<long> Latencies { get; } = new(4096);

        public long Errors { get; set; }

        public string? FirstError { get; set; }
    }
}
