using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
    SharedPracticeIndexer shared,
    IOptions<SearchOptions> options,
    ILogger<TaskLogPruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        using var timer = new PeriodicTimer(options.Value.TaskLogPruneInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunOnceAsync(stoppingToken);
    }

    /// <summary>One pass over every running tenant; a failing tenant is logged and never stops the others.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var pruned = 0;
        foreach (var tenant in tenants.Running)
        {
            try
            {
                pruned += await PruneAsync(tenant, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Pruning the indexing task log failed in tenant {Tenant}", tenant.Name);
            }
        }
        return pruned;
    }

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
