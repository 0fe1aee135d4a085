using Microsoft.Extensions.Logging;

namespace Ngp.Core.Tenancy;

/// <summary>
/// The one way a background loop visits every running tenant (scheduled publishing, the outbox, e-mails, digests,
/// workflows, search): a tenant being removed stops its pass quietly, a failing tenant is logged and never stops the
/// others, and only the loop's own cancellation ends the visit.
/// </summary>
public static class TenantPasses
{
    /// <summary>Runs <paramref name="pass"/> for each running tenant; returns the sum of what the passes report (items handled…).</summary>
    public static async Task<int> ForEachRunningAsync(
        IRunningTenants tenants, ILogger logger, string description, Func<TenantDescriptor, CancellationToken, Task<int>> pass, CancellationToken ct)
    {
        var total = 0;
        foreach (var tenant in tenants.Running)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                total += await pass(tenant, ct);
            }
            catch (TenantClosedException)
            {
                logger.LogDebug("{Job} stopped in tenant {Tenant}, which is being removed", description, tenant.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogError(e, "{Job} failed in tenant {Tenant}", description, tenant.Name);
            }
        }
        return total;
    }
}
