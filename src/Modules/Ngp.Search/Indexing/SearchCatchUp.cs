using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;

namespace Ngp.Search.Indexing;

/// <summary>
/// Every <see cref="SearchOptions.CatchUpInterval"/>, brings this node's index of each running tenant, and the shared
/// index, up to date with the task logs. Tests call <see cref="RunOnceAsync"/> to do it now.
/// </summary>
public sealed class SearchCatchUp(
    IRunningTenants tenants,
    TenantIndexer indexer,
    SharedIndexer shared,
    IOptions<SearchOptions> options,
    ILogger<SearchCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        using var timer = new PeriodicTimer(options.Value.CatchUpInterval);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: every running tenant's index, then the shared index; a failing tenant never stops the others.</summary>
    public async Task RunOnceAsync(CancellationToken ct = default)
    {
        await TenantPasses.ForEachRunningAsync(tenants, logger, "Search catch-up", indexer.CatchUpAsync, ct);
        try
        {
            await shared.CatchUpAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Shared index catch-up failed");
        }
    }
}
