using Microsoft.Extensions.Logging;

namespace Ngp.Core.Tenancy;

/// <summary>
/// A <see cref="TenantLoop"/> that runs at an interval: scheduled publishing, consultations opening and closing,
/// meetings ending, digests, retention.
/// </summary>
public abstract class PeriodicTenantJob(IRunningTenants tenants, TimeProvider clock, ILogger logger) : TenantLoop(tenants, logger)
{
    /// <summary>The clock of the interval, and of the jobs' own « now ».</summary>
    protected TimeProvider Clock => clock;

    /// <summary>Time between two passes.</summary>
    protected abstract TimeSpan Interval { get; }

    protected override LoopTrigger CreateTrigger() => LoopTrigger.Every(Interval, clock);
}
