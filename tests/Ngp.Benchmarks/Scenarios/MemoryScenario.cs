using System.Globalization;
using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// Resident memory of the site with the 9 demo tenants and with N tenants (the extra ones created through the
/// head office's API), each read on a fresh start once idle, then after every tenant's home page was served once.
/// </summary>
public sealed class MemoryScenario : IScenario
{
    private const int DemoTenants = 9;
    private const double GoalMBPerTenant = 5;

    public string Name => "memory";

    public string Description => "RSS of the site with 9 and with 100 tenants (idle, then each home page once) vs a bare Kestrel app";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var options = context.Options;
        var extra = options.Tenants - DemoTenants;
        var rows = new List<ReportRow>();
        var notes = new List<string>();

        long bareIdle, bareServed;
        await using (var server = context.StartBare("memory-bare"))
        {
            await server.WaitForListeningAsync(options.StartTimeout, ct);
            bareIdle = await context.IdleRssAsync(server, ct);
            await server.WaitForOkAsync("/", options.StartTimeout, ct);
            bareServed = await context.IdleRssAsync(server, ct);
            context.Log($"bare Kestrel: idle {Format.MB(bareIdle)}, after one request {Format.MB(bareServed)}");
        }

        var data = context.NewDataFolder("memory");
        long afterFirstRun;
        await using (var server = context.StartSite("memory-first-run", data))
        {
            await server.WaitForListeningAsync(options.StartTimeout, ct);
            afterFirstRun = await context.IdleRssAsync(server, ct);
            context.Log($"NGP first run set up {DemoTenants} tenants: {Format.MB(afterFirstRun)}");
        }

        var small = await MeasureFreshStartAsync(context, data, "memory-9", ct);
        long afterCreating;
        var creations = new List<TimeSpan>();
        await using (var server = context.StartSite("memory-create", data))
        {
            await server.WaitForListeningAsync(options.StartTimeout, ct);
            using var api = new NgpApi(server.BaseAddress, context.AdminPassword);
            await api.LoginAsync(ct);
            for (var i = 1; i <= extra; i++)
            {
                var name = "agence-" + i.ToString("000", CultureInfo.InvariantCulture);
                creations.Add(await api.CreateAgencyAsync(name, "Agence " + i.ToString("000", CultureInfo.InvariantCulture), ct));
                if (i % 10 == 0 || i == extra)
                    context.Log($"created {i}/{extra} agencies (last {Format.Seconds(creations[^1])}), RSS {Format.MB(server.ReadRssBytes())}");
            }
            afterCreating = await context.IdleRssAsync(server, ct);
        }
        var large = await MeasureFreshStartAsync(context, data, $"memory-{options.Tenants}", ct);

        if (small.Tenants != DemoTenants || large.Tenants != options.Tenants)
            notes.Add($"WARNING: expected {DemoTenants} and {options.Tenants} running tenants, found {small.Tenants} and {large.Tenants}.");
        var perTenantIdle = (large.Idle - small.Idle) / 1024.0 / 1024.0 / extra;
        var perTenantServed = (large.Served - small.Served) / 1024.0 / 1024.0 / extra;
        var bareIdleMB = Format.MB(bareIdle);

        rows.Add(new ReportRow("bare Kestrel app, idle (no request yet)", Format.MB(bareIdle), "", "", "baseline"));
        rows.Add(new ReportRow("bare Kestrel app, idle after one request", Format.MB(bareServed), "", "", "baseline"));
        rows.Add(new ReportRow($"NGP, {DemoTenants} tenants, idle after start (no request yet)", Format.MB(small.Idle), bareIdleMB, Format.Ratio(small.Idle, bareIdle)));
        rows.Add(new ReportRow($"NGP, {DemoTenants} tenants, after each home page once", Format.MB(small.Served), Format.MB(bareServed), Format.Ratio(small.Served, bareServed)));
        rows.Add(new ReportRow($"NGP, {options.Tenants} tenants, idle after start (no request yet)", Format.MB(large.Idle), bareIdleMB, Format.Ratio(large.Idle, bareIdle)));
        rows.Add(new ReportRow($"NGP, {options.Tenants} tenants, after each home page once", Format.MB(large.Served), Format.MB(bareServed), Format.Ratio(large.Served, bareServed)));
        rows.Add(new ReportRow($"per idle tenant: (RSS{options.Tenants} − RSS{DemoTenants}) / {extra}", Format.MB(perTenantIdle), $"goal ≤ {GoalMBPerTenant:0} MB", "",
            perTenantIdle <= GoalMBPerTenant ? "PASS" : "FAIL"));
        rows.Add(new ReportRow($"per tenant whose home page was served: (RSS{options.Tenants} − RSS{DemoTenants}) / {extra}", Format.MB(perTenantServed), $"goal ≤ {GoalMBPerTenant:0} MB", "",
            perTenantServed <= GoalMBPerTenant ? "PASS" : "FAIL"));
        rows.Add(new ReportRow($"NGP right after its first run set up {DemoTenants} tenants (same process)", Format.MB(afterFirstRun), bareIdleMB, Format.Ratio(afterFirstRun, bareIdle)));
        rows.Add(new ReportRow($"NGP right after creating {extra} agencies through the API (same process)", Format.MB(afterCreating), bareIdleMB, Format.Ratio(afterCreating, bareIdle)));
        rows.Add(new ReportRow("creating one agency (POST api/v1/tenants)", Format.Spread(creations), "", "", $"total {Format.Seconds(creations.Aggregate(TimeSpan.Zero, (a, t) => a + t))}"));
        rows.Add(new ReportRow($"start with {options.Tenants} tenants: process start → listening", Format.Seconds(large.Start), $"{Format.Seconds(small.Start)} with {DemoTenants} tenants",
            Format.Ratio(large.Start.TotalSeconds, small.Start.TotalSeconds)));
        rows.Add(new ReportRow($"first home page of each tenant after a start, {options.Tenants} tenants", Format.SpreadMs(large.FirstPages),
            $"{Format.SpreadMs(small.FirstPages)} with {DemoTenants} tenants",
            Format.Ratio(Format.Median(large.FirstPages).TotalSeconds, Format.Median(small.FirstPages).TotalSeconds), "median (min–max), one GET each, in turn"));
        foreach (var failure in small.Failures.Concat(large.Failures))
            notes.Add($"home page failed: {failure}");

        notes.Add($"RSS is VmRSS of /proc/<pid>/status: median of 3 readings taken {options.Settle.TotalSeconds:0.#} s after the process was left alone.");
        notes.Add("Each \"after start\" figure is a fresh process on the data folder (ready = the port accepts connections; no request was sent yet);"
            + " then the API lists the tenants and each home page is requested once, anonymously.");
        notes.Add("Both processes use server GC (the site's default); on this machine that is one heap per core.");
        return new ScenarioResult($"Memory: {DemoTenants} vs {options.Tenants} tenants", rows, notes);
    }

    private static async Task<FreshStart> MeasureFreshStartAsync(BenchContext context, string data, string label, CancellationToken ct)
    {
        await using var server = context.StartSite(label, data);
        var start = await server.WaitForListeningAsync(context.Options.StartTimeout, ct);
        var idle = await context.IdleRssAsync(server, ct);
        using var api = new NgpApi(server.BaseAddress, context.AdminPassword);
        await api.LoginAsync(ct);
        var homes = await api.HomePagesAsync(ct);
        var (times, failures) = await api.TouchAsync(homes, ct);
        var served = await context.IdleRssAsync(server, ct);
        context.Log($"{label}: {homes.Count} tenants, listening after {Format.Seconds(start)}, idle {Format.MB(idle)}, after each home page {Format.MB(served)}");
        return new FreshStart(homes.Count, start, idle, served, times, failures);
    }

    private sealed record FreshStart(int Tenants, TimeSpan Start, long Idle, long Served, List<TimeSpan> FirstPages, List<string> Failures);
}
