using System.Globalization;
using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>Requests per second and latency of an agency home page against a bare Kestrel endpoint, same driver, same run.</summary>
public sealed class ThroughputScenario : IScenario
{
    public string Name => "throughput";

    public string Description => "requests/s and latency of /grenoble-centre/ (or --path) vs a bare Kestrel endpoint (--driver dotnet|wrk)";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var options = context.Options;
        if (options.Driver == "wrk" && !WrkDriver.IsAvailable())
            throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk, or use --driver dotnet.");

        Measure bare;
        await using (var server = context.StartBare("throughput-bare"))
        {
            await server.WaitForOkAsync("/", options.StartTimeout, ct);
            bare = await MeasureAsync(context, server, "/", ct);
        }

        Measure site;
        var data = context.NewDataFolder("throughput");
        await using (var server = context.StartSite("throughput-site", data))
        {
            await server.WaitForOkAsync(StartupScenario.AgencyHome, options.StartTimeout, ct);
            site = await MeasureAsync(context, server, options.Path, ct);
        }

        var b = bare.Load;
        var s = site.Load;
        return new ScenarioResult(
            $"Throughput: {options.Path} vs bare Kestrel (driver {s.Driver}, {options.Connections} connections, {options.Duration.TotalSeconds:0} s)",
            [
                new ReportRow("requests/s", Format.Rps(s.RequestsPerSecond), Format.Rps(b.RequestsPerSecond), Format.Ratio(s.RequestsPerSecond, b.RequestsPerSecond)),
                new ReportRow("latency p50", Format.Ms(s.P50Ms), Format.Ms(b.P50Ms), Format.Ratio(s.P50Ms, b.P50Ms)),
                new ReportRow("latency p95", Format.Ms(s.P95Ms), Format.Ms(b.P95Ms), Format.Ratio(s.P95Ms, b.P95Ms), s.Driver == "wrk" ? "wrk gives no p95" : ""),
                new ReportRow("latency p99", Format.Ms(s.P99Ms), Format.Ms(b.P99Ms), Format.Ratio(s.P99Ms, b.P99Ms)),
                new ReportRow("latency max", Format.Ms(s.MaxMs), Format.Ms(b.MaxMs), Format.Ratio(s.MaxMs, b.MaxMs)),
                new ReportRow("requests (200) / errors", $"{Format.Count(s.Requests)} / {Format.Count(s.Errors)}", $"{Format.Count(b.Requests)} / {Format.Count(b.Errors)}", "",
                    s.FirstError ?? b.FirstError ?? ""),
                new ReportRow("server CPU per request", Format.Ms(site.CpuMsPerRequest), Format.Ms(bare.CpuMsPerRequest), Format.Ratio(site.CpuMsPerRequest, bare.CpuMsPerRequest),
                    "user+system time of the server process / requests"),
                new ReportRow("response body", $"{site.BodyBytes.ToString("#,0", CultureInfo.InvariantCulture)} B", $"{bare.BodyBytes} B", ""),
                new ReportRow("server RSS after the window", Format.MB(site.RssBytes), Format.MB(bare.RssBytes), Format.Ratio(site.RssBytes, bare.RssBytes)),
            ],
            [
                $"Warm-up {options.Warmup.TotalSeconds:0.#} s, then a {options.Duration.TotalSeconds:0.#} s window; keep-alive connections, no cookies, anonymous GETs; only 200s count as requests.",
                "Driver and server share the machine's cores; the ratio to the baseline is the figure to follow.",
            ]);
    }

    /// <summary>Warm-up, then one measured window on <paramref name="path"/>; shared with the scenarios that load a page of their own.</summary>
    internal static async Task<Measure> MeasureAsync(BenchContext context, ServerProcess server, string path, CancellationToken ct)
    {
        var options = context.Options;
        var url = new Uri(server.BaseAddress, path.TrimStart('/'));
        long bodyBytes;
        using (var probe = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }))
        using (var response = await probe.GetAsync(url, ct))
        {
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}; only 200s count, so the load would be all errors.");
            bodyBytes = (await response.Content.ReadAsByteArrayAsync(ct)).LongLength;
        }

        context.Log($"{server.Label}: {options.Driver} load on {url} ({options.Connections} connections)");
        if (options.Warmup > TimeSpan.Zero)
            await DriveAsync(options, url, options.Warmup, ct);
        var cpuBefore = server.CpuTime();
        var load = await DriveAsync(options, url, options.Duration, ct);
        var cpu = server.CpuTime() - cpuBefore;
        var rss = server.ReadRssBytes();
        var served = load.Requests + load.Errors;
        var cpuMs = served > 0 ? cpu.TotalMilliseconds / served : double.NaN;
        context.Log($"{server.Label}: {Format.Rps(load.RequestsPerSecond)}, p50 {Format.Ms(load.P50Ms)}, p99 {Format.Ms(load.P99Ms)}, errors {load.Errors}");
        return new Measure(load, cpuMs, bodyBytes, rss);
    }

    private static Task<LoadResult> DriveAsync(BenchOptions options, Uri url, TimeSpan duration, CancellationToken ct) =>
        options.Driver == "wrk"
            ? WrkDriver.RunAsync(url, options.Connections, duration, ct)
            : HttpLoadDriver.RunAsync(url, options.Connections, duration, options.MaxRequests, ct);

    internal sealed record Measure(LoadResult Load, double CpuMsPerRequest, long BodyBytes, long RssBytes);
}
