using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ngp.Core.Tenancy;

/// <summary>
/// The base of every background loop that visits the running tenants (the outbox, e-mails, workflows, digests,
/// search, the periodic jobs): a pass at start, then one each time its trigger fires (an interval, or a signal with a
/// poll interval). A tenant being removed or failing never stops the others (<see cref="TenantPasses"/>); tests and
/// admin actions call <see cref="RunOnceAsync(CancellationToken)"/> or the per-tenant pass directly.
/// </summary>
public abstract class TenantLoop(IRunningTenants tenants, ILogger logger) : BackgroundService
{
    /// <summary>The loop's log.</summary>
    protected ILogger Logger => logger;

    /// <summary>What the loop does, for the log of a failing tenant (« Outbox dispatch »).</summary>
    protected abstract string Description { get; }

    /// <summary>False turns the background loop off (a setting); direct calls still work.</summary>
    protected virtual bool Enabled => true;

    /// <summary>Whether a pass runs as soon as the host starts, so that work due while the site was down is done at once.</summary>
    protected virtual bool RunsAtStart => true;

    /// <summary>What wakes the loop for its next pass; disposed when the loop stops.</summary>
    protected abstract LoopTrigger CreateTrigger();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
            return;
        using var trigger = CreateTrigger();
        if (RunsAtStart)
            await RunOnceAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested && await trigger.WaitAsync(stoppingToken))
            await RunOnceAsync(stoppingToken);
    }

    /// <summary>One pass over every running tenant; returns the total the passes report (events handled, items published…).</summary>
    public virtual Task<int> RunOnceAsync(CancellationToken ct = default) =>
        TenantPasses.ForEachRunningAsync(tenants, logger, Description, RunOnceAsync, ct);

    /// <summary>One pass over one tenant.</summary>
    public abstract Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct);
}
