using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Search.Indexing;

/// <summary>
/// Keeps the indexing task log from growing forever. An index applies a task by reading the item's current
/// published state, so a task is only a pointer "look at this item again": a row followed by a later row of the
/// same item tells an index nothing the later row does not, and is deleted. The latest row of each item always
/// stays, because an index that starts from nothing (a new web node, a deleted folder, an agency re-enabled in the
/// head office's shared index) replays the log from zero; a Delete row that stays also tells a lagging node to
/// drop the item. On top of that, only rows every cursor this node knows has passed (its own index of the tenant
/// and the shared index's cursor for the agency) are touched, so an index never finds a hole in the part of the
/// log it has not read yet. Other nodes keep their cursors on their own disks; they stay safe because the row each
/// of them still needs for an item (its latest) is never deleted.
/// </summary>
public sealed class TaskLogPruner(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    TenantIndexer indexer,
    SharedIndexer shared,
    IOptions<SearchOptions> options,
    ILogger<TaskLogPruner> logger) : PeriodicTenantJob(tenants, TimeProvider.System, logger)
{
    protected override TimeSpan Interval => options.Value.TaskLogPruneInterval;

    protected override string Description => "Pruning the indexing task log";

    protected override bool Enabled => options.Value.Enabled;

    // Nothing to prune right after a start: the log only grows while the site runs.
    protected override bool RunsAtStart => false;

    public override Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct) => PruneAsync(tenant, ct);

    /// <summary>Deletes the tenant's superseded tasks that every known cursor has passed; returns how many.</summary>
    public async Task<int> PruneAsync(TenantDescriptor tenant, CancellationToken ct = default)
    {
        var passed = indexer.IndexOf(tenant).Cursor(TenantIndexer.CursorKey);
        if (!tenant.IsHeadOffice && shared.Index() is { } sharedIndex)
            passed = Math.Min(passed, sharedIndex.Cursors.GetValueOrDefault(tenant.Name));
        if (passed <= 0)
            return 0;
        await using var scope = scopes.CreateScope(tenant);
        var tasks = scope.ServiceProvider.GetRequiredService<NgpDbContext>().Set<IndexingTask>();
        var pruned = await tasks.Where(t => t.Id <= passed && tasks.Any(later => later.ContentItemId == t.ContentItemId && later.Id > t.Id))
            .ExecuteDeleteAsync(ct);
        if (pruned > 0)
            logger.LogInformation("Pruned {Count} superseded indexing tasks of tenant {Tenant}", pruned, tenant.Name);
        return pruned;
    }
}
