using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Core.Outbox;

/// <summary>
/// Keeps each tenant's outbox from growing forever (a burst of votes writes 10,000 events; a registration keeps an
/// e-mail address in its payload): deletes the events that every registered consumer has passed once they are older
/// than <see cref="OutboxOptions.Retention"/>. An event set aside for a consumer (<c>OutboxFailures</c>) stays until its
/// failure row is handled. A consumer that has no cursor yet (a module just added) starts from the beginning of the
/// outbox, so nothing is deleted before it has read it. Every node runs it; the deletes are the same on each.
/// </summary>
public sealed class OutboxRetention(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRetention> logger)
    // The interval runs on the system clock: a test that moves its own clock by a month does not wake this loop
    // behind its back; it calls RunOnceAsync itself.
    : PeriodicTenantJob(tenants, TimeProvider.System, logger)
{
    protected override TimeSpan Interval => options.Value.RetentionInterval;

    protected override string Description => "Deleting outbox events past their retention";

    protected override bool Enabled => options.Value.Enabled;

    protected override bool RunsAtStart => false;

    /// <summary>Deletes the tenant's events past the retention that every consumer has passed; returns how many.</summary>
    public override async Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var consumers = scope.ServiceProvider.GetServices<IOutboxConsumer>().Select(c => c.Name).Distinct().ToList();
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var cursors = await db.OutboxCursors.AsNoTracking().Where(c => consumers.Contains(c.Consumer)).Select(c => c.LastEventId).ToListAsync(ct);
        if (cursors.Count < consumers.Count)
            return 0;
        var passed = cursors.Count == 0 ? long.MaxValue : cursors.Min();
        var before = clock.GetUtcNow() - options.Value.Retention;
        var deleted = await db.OutboxMessages
            .Where(m => m.Id <= passed && m.CreatedUtc < before && !db.OutboxFailures.Any(f => f.EventId == m.Id))
            .ExecuteDeleteAsync(ct);
        if (deleted > 0)
            logger.LogInformation("Deleted {Count} outbox events of tenant {Tenant} older than {Retention}", deleted, tenant.Name, options.Value.Retention);
        return deleted;
    }
}
