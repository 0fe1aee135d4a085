using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Contents.Items;
using Ngp.Core.Tenancy;

namespace Ngp.Contents.Publishing;

/// <summary>
/// Publishes scheduled items when their time comes, in every running tenant. It runs at start too, so an item due
/// while the site was down is published as soon as the site is back.
/// </summary>
public sealed class ScheduledPublisher(IRunningTenants tenants, ITenantScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublisher> logger)
    : PeriodicTenantJob(tenants, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(30);

    protected override string Description => "Scheduled publishing";

    public override async Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var published = await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishDueAsync(ct);
        if (published > 0)
            logger.LogInformation("Published {Count} scheduled items in tenant {Tenant}", published, tenant.Name);
        return published;
    }
}
