namespace Ngp.Core.Tenancy;

/// <summary>Fires every interval of a clock, leaving the thread that fired the tick (<see cref="PeriodicTimerExtensions"/>).</summary>
public sealed class IntervalTrigger(TimeSpan interval, TimeProvider clock) : LoopTrigger
{
    private readonly PeriodicTimer _timer = new(interval, clock);

    public override Task<bool> WaitAsync(CancellationToken ct) => _timer.WaitForNextPassAsync(ct);

    public override void Dispose() => _timer.Dispose();
}
