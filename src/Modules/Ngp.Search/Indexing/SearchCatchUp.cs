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
    ILogger<SearchCatchUp> logger) : TenantLoop(tenants, logger)
{
    protected override string Description => "Search catch-up";

    protected override bool Enabled => options.Value.Enabled;

    // This node's own index is what lags, whatever the site's clock says: the interval is real time.
    protected override LoopTrigger CreateTrigger() => LoopTrigger.Every(options.Value.CatchUpInterval, TimeProvider.System);

    public override Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct) => indexer.CatchUpAsync(tenant, ct);

    /// <summary>One pass: every running tenant's index, then the shared index; a failing tenant never stops the others.</summary>
    public override async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var indexed = await base.RunOnceAsync(ct);
        try
        {
            await shared.CatchUpAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logger.LogError(e, "Shared index catch-up failed");
        }
        return indexed;
    }
}
