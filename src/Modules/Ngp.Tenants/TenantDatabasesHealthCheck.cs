using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Tenants;

/// <summary>Healthy when the host database and every running tenant's database answer.</summary>
public sealed class TenantDatabasesHealthCheck(IServiceScopeFactory scopes, ITenantScopeFactory tenantScopes, TenantRegistry registry) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("Host database unreachable.");
        }
        var failing = new List<string>();
        foreach (var tenant in registry.All.Where(t => t.State == TenantState.Running))
        {
            await using var scope = tenantScopes.CreateScope(tenant);
            if (!await scope.ServiceProvider.GetRequiredService<NgpDbContext>().Database.CanConnectAsync(cancellationToken))
                failing.Add(tenant.Name);
        }
        return failing.Count == 0
            ? HealthCheckResult.Healthy($"{registry.All.Count} tenants.")
            : HealthCheckResult.Unhealthy("Unreachable tenant databases: " + string.Join(", ", failing));
    }
}
