using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ngp.Core.Tenancy;

/// <summary>
/// A background job that visits every running tenant at an interval: scheduled publishing, consultations opening
/// and closing, meetings ending, pruning the indexing log. A failing tenant is logged and never stops the others;
/// tests and admin actions call <see cref="RunOnceAsync(CancellationToken)"/> or the per-tenant pass directly.
/// </summary>
public abstract class PeriodicTenantJob(IRunningTenants tenants, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The clock of the interval, and of the jobs' own « now ».</summary>
    protected TimeProvider Clock => clock;

    /// <summary>Time between two passes.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the job does, for the log of a failing tenant (« Scheduled publishing »).</summary>
    protected abstract string Description { get; }

    /// <summary>Whether a pass runs as soon as the host starts, so that work due while the site was down is done at once.</summary>
    protected virtual bool RunsAtStart => true;

    /// <summary>False turns the background loop off (a setting); direct calls still work.</summary>
    protected virtual bool Enabled => true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
            return;
        if (RunsAtStart)
            await RunOnceAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextPassAsync(stoppingToken))
            await RunOnceAsync(stoppingToken);
    }

    /// <summary>One pass over every running tenant; returns the total the passes report (items published, events raised…).</summary>
    public Task<int> RunOnceAsync(CancellationToken ct = default) =>
        TenantPasses.ForEachRunningAsync(tenants, logger, Description, RunOnceAsync, ct);

    /// <summary>One pass over one tenant.</summary>
    public abstract Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct);
}
