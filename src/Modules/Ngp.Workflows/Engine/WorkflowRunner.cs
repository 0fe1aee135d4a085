using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Leasing;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Engine;

/// <summary>
/// Runs the instances that have something to do (new, retried, resumed by an event, or whose timer came due — also
/// while the site was down) in every running tenant. Each instance runs in its own DI scope and transaction under a
/// lease (owner and expiry columns of its row, and of its type's row for singletons), so two processes or web nodes
/// on one database never run one instance at the same time; a faulted instance only faults itself.
/// </summary>
public sealed class WorkflowRunner(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    WorkflowSignal signal,
    IOptions<WorkflowOptions> options,
    TimeProvider clock,
    Ngp.Core.Telemetry.NgpMetrics metrics,
    ILogger<WorkflowRunner> logger) : TenantLoop(tenants, logger)
{
    private static readonly TimeSpan TrimInterval = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastTrim = new();
    private readonly WorkflowOptions _options = options.Value;

    /// <summary>Identifies this runner in lease columns (machine, process, instance).</summary>
    public string Owner { get; } = LeaseOwners.New();

    protected override string Description => "Workflow runner";

    protected override bool Enabled => _options.Enabled;

    protected override LoopTrigger CreateTrigger() => LoopTrigger.OnSignal(signal, _options.PollInterval);

    public override Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct) => RunTenantAsync(tenant, ct);

    /// <summary>Fires due timer start events, runs every instance due now whose lease is free, and trims old ones.</summary>
    public async Task<int> RunTenantAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        await FireTimersAsync(tenant, ct);
        var ran = 0;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var due = await DueAsync(tenant, tried, ct);
            if (due.Count == 0)
                break;
            tried.UnionWith(due);
            var (lease, leased) = await LeaseAsync(tenant, due, ct);
            foreach (var id in leased)
            {
                if (await RunLeasedAsync(tenant, id, lease, ct))
                    ran++;
            }
        }
        var now = clock.GetUtcNow();
        if (!_lastTrim.TryGetValue(tenant.Name, out var last) || now - last > TrimInterval)
        {
            _lastTrim[tenant.Name] = now;
            await TrimAsync(tenant, ct);
        }
        return ran;
    }

    /// <summary>For tests and tools: runs until nothing is due in the tenant, waiting for instances another runner holds.</summary>
    public async Task DrainAsync(TenantDescriptor tenant, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await RunTenantAsync(tenant, ct);
            if ((await DueAsync(tenant, [], ct, includeLeased: true)).Count == 0)
                return;
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException($"Workflow instances of tenant {tenant.Name} are still due after 30 s.");
            await Task.Delay(20, ct);
        }
    }

    private async Task<List<string>> DueAsync(TenantDescriptor tenant, HashSet<string> skip, CancellationToken ct, bool includeLeased = false)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var nowTicks = clock.GetUtcNow().UtcTicks;
        var query = Runnable(db, nowTicks);
        if (!includeLeased)
            query = query.WhereLeaseFree(nowTicks);
        var ids = await query.OrderBy(i => i.DueTicks).Select(i => i.Id).Take(_options.BatchSize + skip.Count).ToListAsync(ct);
        return ids.Where(id => !skip.Contains(id)).Take(_options.BatchSize).ToList();
    }

    /// <summary>Instances with something to do: new or retried (due now), a timer come due, or an awaited event arrived.</summary>
    private static IQueryable<WorkflowInstance> Runnable(NgpDbContext db, long nowTicks)
    {
        var wakeups = db.Set<WorkflowWakeup>();
        return db.Set<WorkflowInstance>().Where(i => (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Halted)
            && (i.DueTicks <= nowTicks || wakeups.Any(w => w.InstanceId == i.Id)));
    }

    /// <summary>Runs one instance if its lease can be taken and it still has something to do; true when it ran.</summary>
    public async Task<bool> RunInstanceAsync(TenantDescriptor tenant, string instanceId, CancellationToken ct)
    {
        var (lease, leased) = await LeaseAsync(tenant, [instanceId], ct);
        return leased.Count == 1 && await RunLeasedAsync(tenant, instanceId, lease, ct);
    }

    /// <summary>
    /// Leases the listed instances that are still due and free, in one UPDATE: one write for a batch rather than one per
    /// instance, since on SQLite each write is a turn of the one write lock that requests wait for. The lease is this
    /// batch's own, so that two passes of this process never run the same instance.
    /// </summary>
    private async Task<(string Lease, List<string> Leased)> LeaseAsync(TenantDescriptor tenant, List<string> ids, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nowTicks = now.UtcTicks;
        var lease = $"{Owner}/{Guid.NewGuid():N}";
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        // Taking the lease re-checks that each instance is still due: another runner may have run it since it was listed.
        var taken = await Runnable(db, nowTicks).Where(i => ids.Contains(i.Id)).WhereLeaseFree(nowTicks)
            .TakeLeaseAsync(lease, now.Add(_options.LeaseDuration).UtcTicks, ct);
        if (taken == 0)
            return (lease, []);
        if (taken == ids.Count)
            return (lease, ids);
        var leased = await db.Set<WorkflowInstance>().Where(i => ids.Contains(i.Id)).WhereLeaseHeldBy(lease).Select(i => i.Id).ToListAsync(ct);
        return (lease, ids.Where(leased.Contains).ToList());
    }

    /// <summary>Runs one instance this runner holds under <paramref name="lease"/>; true when it ran (or faulted).</summary>
    private async Task<bool> RunLeasedAsync(TenantDescriptor tenant, string instanceId, string lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nowTicks = now.UtcTicks;
        var until = now.Add(_options.LeaseDuration).UtcTicks;
        string? singletonType = null;
        var released = false;
        await using (var leaseScope = scopes.CreateScope(tenant))
        {
            var db = leaseScope.ServiceProvider.GetRequiredService<NgpDbContext>();
            var typeId = await db.Set<WorkflowInstance>().Where(i => i.Id == instanceId).Select(i => i.WorkflowTypeId).SingleAsync(ct);
            if (await db.Set<WorkflowTypeRecord>().AnyAsync(t => t.Id == typeId && t.Singleton, ct))
            {
                var typeTaken = await db.Set<WorkflowTypeRecord>().Where(t => t.Id == typeId)
                    .WhereLeaseFreeOrHeldBy(Owner, nowTicks).TakeLeaseAsync(Owner, until, ct);
                if (typeTaken == 0)
                {
                    await ReleaseAsync(tenant, instanceId, lease, null);
                    return false;
                }
                singletonType = typeId;
            }
        }

        try
        {
            var contentChanged = false;
            await using (var scope = scopes.CreateScope(tenant))
            {
                var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var instance = await db.Set<WorkflowInstance>().SingleAsync(i => i.Id == instanceId, ct);
                var type = await db.Set<WorkflowTypeRecord>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == instance.WorkflowTypeId, ct);
                if (type is null)
                {
                    instance.Status = WorkflowStatus.Faulted;
                    instance.Fault = "Le type de ce workflow a été supprimé.";
                    instance.DueTicks = null;
                }
                else
                {
                    contentChanged = await scope.ServiceProvider.GetRequiredService<WorkflowExecutor>().RunAsync(instance, WorkflowTypeStore.Read(type), ct);
                }
                await db.SaveChangesAsync(ct);
                released = await db.Set<WorkflowInstance>().Where(i => i.Id == instanceId).ReleaseLeaseAsync(lease, ct) == 1;
                if (!released)
                {
                    // The lease ran out and another runner took the instance: its run wins, this one is undone.
                    logger.LogWarning("Workflow instance {Instance} of tenant {Tenant} lost its lease during a run", instanceId, tenant.Name);
                    return false;
                }
                await transaction.CommitAsync(ct);
                if (instance.Status == WorkflowStatus.Faulted)
                    metrics.WorkflowFaulted(tenant.Name);
            }
            if (contentChanged)
            {
                await using var scope = scopes.CreateScope(tenant);
                await scope.ServiceProvider.GetRequiredService<IPublicPageCache>().InvalidateAsync(ct);
            }
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Workflow instance {Instance} of tenant {Tenant} faulted", instanceId, tenant.Name);
            released = false;
            await FaultAsync(tenant, instanceId, lease, e, ct);
            return true;
        }
        finally
        {
            // A run that committed has released its instance in its own transaction; only the singleton's type is left.
            if (!released || singletonType is not null)
                await ReleaseAsync(tenant, instanceId, released ? null : lease, singletonType);
        }
    }

    private async Task FaultAsync(TenantDescriptor tenant, string instanceId, string lease, Exception error, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            var reason = error is WorkflowActivityException ? error.Message : $"Erreur inattendue : {error.Message}";
            if (reason.Length > 2000)
                reason = reason[..2000];
            var now = clock.GetUtcNow();
            var faulted = await db.Set<WorkflowInstance>().Where(i => i.Id == instanceId).WhereLeaseHeldBy(lease)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, WorkflowStatus.Faulted)
                    .SetProperty(i => i.Fault, reason)
                    .SetProperty(i => i.DueTicks, (long?)null)
                    .SetProperty(i => i.ModifiedUtc, now), ct);
            if (faulted == 1)
                metrics.WorkflowFaulted(tenant.Name);
            if (faulted == 1 && error is WorkflowActivityException failed)
            {
                db.Add(new WorkflowJournalEntry { InstanceId = instanceId, ActivityId = failed.ActivityId, ActivityType = failed.ActivityType, Outcome = "Faulted", Utc = now });
                await db.SaveChangesAsync(ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not record the fault of workflow instance {Instance} in tenant {Tenant}", instanceId, tenant.Name);
        }
    }

    private async Task ReleaseAsync(TenantDescriptor tenant, string instanceId, string? lease, string? singletonType)
    {
        try
        {
            await using var scope = scopes.CreateScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            if (lease is not null)
                await db.Set<WorkflowInstance>().Where(i => i.Id == instanceId).ReleaseLeaseAsync(lease, CancellationToken.None);
            if (singletonType is not null)
                await db.Set<WorkflowTypeRecord>().Where(t => t.Id == singletonType).ReleaseLeaseAsync(Owner, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The lease expires by itself; another pass or node takes the instance then.
            logger.LogWarning(e, "Could not release the lease of workflow instance {Instance} in tenant {Tenant}", instanceId, tenant.Name);
        }
    }

    /// <summary>Starts the types whose timer came due (once, even if several firings were missed while the site was down).</summary>
    public async Task<int> FireTimersAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nowTicks = now.UtcTicks;
        List<WorkflowTypeRecord> due;
        await using (var scope = scopes.CreateScope(tenant))
        {
            due = await scope.ServiceProvider.GetRequiredService<NgpDbContext>().Set<WorkflowTypeRecord>().AsNoTracking()
                .Where(t => t.Enabled && t.StartEvent == WorkflowEvents.Timer && t.NextTimerTicks <= nowTicks).ToListAsync(ct);
        }
        var fired = 0;
        foreach (var type in due)
        {
            var definition = WorkflowTypeStore.Read(type);
            var next = WorkflowValidator.NextTimer(definition.StartEvent, now, lastFired: now)?.UtcTicks;
            await using var scope = scopes.CreateScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Moving the next firing only from the value read makes one runner, on one node, fire it.
            var moved = await db.Set<WorkflowTypeRecord>().Where(t => t.Id == type.Id && t.NextTimerTicks == type.NextTimerTicks)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextTimerTicks, next), ct);
            if (moved == 0)
                continue;
            await scope.ServiceProvider.GetRequiredService<WorkflowStarter>().StartAsync(type, definition, WorkflowEvents.Timer, null, null, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            fired++;
        }
        return fired;
    }

    /// <summary>Deletes finished instances (and their journal) older than the retention.</summary>
    public async Task<int> TrimAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        var before = clock.GetUtcNow() - _options.Retention;
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var old = db.Set<WorkflowInstance>().Where(i => i.Status == WorkflowStatus.Finished && i.FinishedUtc < before).Select(i => i.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<WorkflowJournalEntry>().Where(j => old.Contains(j.InstanceId)).ExecuteDeleteAsync(ct);
        var deleted = await db.Set<WorkflowInstance>().Where(i => i.Status == WorkflowStatus.Finished && i.FinishedUtc < before).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        if (deleted > 0)
            logger.LogInformation("Trimmed {Count} finished workflow instances in tenant {Tenant}", deleted, tenant.Name);
        return deleted;
    }
}
