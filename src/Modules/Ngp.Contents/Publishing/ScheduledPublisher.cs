using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ngp.Contents.Items;
using Ngp.Core.Tenancy;

namespace Ngp.Contents.Publishing;

/// <summary>
/// Publishes scheduled items when their time comes, in every running tenant. It runs at start too, so an item due
/// while the site was down is published as soon as the site is back.
/// </summary>
public sealed class ScheduledPublisher(IRunningTenants tenants, ITenantScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunOnceAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunOnceAsync(stoppingToken);
    }

    /// <summary>One pass over every running tenant; a failing tenant is logged and never stops the others.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var total = 0;
        foreach (var tenant in tenants.Running)
        {
            try
            {
                await using var scope = scopes.CreateScope(tenant);
                var published = await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishDueAsync(ct);
                if (published > 0)
                    logger.LogInformation("Published {Count} scheduled items in tenant {Tenant}", published, tenant.Name);
                total += published;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled publishing failed in tenant {Tenant}", tenant.Name);
            }
        }
        return total;
    }
}
