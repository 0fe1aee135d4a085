using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ngp.Core.Tenancy;

namespace Ngp.Tenants;

/// <summary>
/// Reads the registry again every few seconds, so that a tenant created, disabled or removed through another
/// web node sharing the host database is seen here too.
/// </summary>
public sealed class TenantRegistryRefresher(TenantRegistry registry, TimeProvider clock, ILogger<TenantRegistryRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextPassAsync(stoppingToken))
        {
            try
            {
                await registry.ReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup keeps the last known registry; the next tick tries again.
                logger.LogWarning(e, "Could not refresh the tenant registry");
            }
        }
    }
}
