namespace Ngp.Core.Tenancy;

/// <summary>What wakes a <see cref="TenantLoop"/>: an interval of a clock, or a wake signal with a poll interval.</summary>
public abstract class LoopTrigger : IDisposable
{
    /// <summary>Waits until the next pass is due; false when the loop must stop.</summary>
    public abstract Task<bool> WaitAsync(CancellationToken ct);

    public virtual void Dispose()
    {
    }

    /// <summary>A pass every <paramref name="interval"/> of <paramref name="clock"/>.</summary>
    public static LoopTrigger Every(TimeSpan interval, TimeProvider clock) => new IntervalTrigger(interval, clock);

    /// <summary>
    /// A pass as soon as <paramref name="signal"/> is pulsed, or after <paramref name="poll"/> without one (work written by
    /// another node); <paramref name="gather"/> first lets a burst of changes be handled in one pass.
    /// </summary>
    public static LoopTrigger OnSignal(WakeSignal signal, TimeSpan poll, TimeSpan gather = default) => new SignalTrigger(signal, poll, gather);
}
