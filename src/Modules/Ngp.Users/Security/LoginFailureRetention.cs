using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>
/// Deletes the failure records of addresses without account (<see cref="LoginFailure"/>) whose lock-out ended more than
/// <see cref="LoginFailureRetentionOptions.LoginFailureRetention"/> ago and that failed no more since: such a row counts
/// nothing any more, yet it names (as a hash) an address someone typed. Every node runs it; the deletes are the same.
/// </summary>
public sealed class LoginFailureRetention(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    IOptions<LoginFailureRetentionOptions> options,
    TimeProvider clock,
    ILogger<LoginFailureRetention> logger)
    // System clock for the interval: a test moving its own clock calls RunOnceAsync itself.
    : PeriodicTenantJob(tenants, TimeProvider.System, logger)
{
    protected override TimeSpan Interval => options.Value.RetentionInterval;

    protected override string Description => "Deleting finished lock-outs of unknown addresses";

    protected override bool RunsAtStart => false;

    public override async Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var before = clock.GetUtcNow() - options.Value.LoginFailureRetention;
        var deleted = await db.Set<LoginFailure>().Where(f => f.FailedCount == 0 && f.LockoutEnd != null && f.LockoutEnd < before).ExecuteDeleteAsync(ct);
        if (deleted > 0)
            logger.LogInformation("Deleted {Count} finished lock-outs of unknown addresses of tenant {Tenant}", deleted, tenant.Name);
        return deleted;
    }
}
