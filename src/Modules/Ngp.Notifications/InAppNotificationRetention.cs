using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Notifications.Data;

namespace Ngp.Notifications;

/// <summary>
/// Deletes in-app notifications their reader has read once they are older than <see cref="NotificationOptions.Retention"/>
/// (who replied to whom, on what): unread ones stay until read. Every node runs it; the deletes are the same on each.
/// </summary>
public sealed class InAppNotificationRetention(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<InAppNotificationRetention> logger)
    // System clock for the interval: a test moving its own clock calls RunOnceAsync itself.
    : PeriodicTenantJob(tenants, TimeProvider.System, logger)
{
    protected override TimeSpan Interval => options.Value.RetentionInterval;

    protected override string Description => "Deleting old read in-app notifications";

    protected override bool Enabled => options.Value.Enabled;

    protected override bool RunsAtStart => false;

    public override async Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var before = clock.GetUtcNow() - options.Value.Retention;
        var deleted = await db.Set<InAppNotification>().Where(n => n.ReadUtc != null && n.CreatedUtc < before).ExecuteDeleteAsync(ct);
        if (deleted > 0)
            logger.LogInformation("Deleted {Count} read in-app notifications of tenant {Tenant}", deleted, tenant.Name);
        return deleted;
    }
}
