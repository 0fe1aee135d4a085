namespace Ngp.Core.Tenancy;

/// <summary>Fires at a pulse of a wake signal, or after the poll interval without one.</summary>
public sealed class SignalTrigger(WakeSignal signal, TimeSpan poll, TimeSpan gather) : LoopTrigger
{
    public override async Task<bool> WaitAsync(CancellationToken ct)
    {
        if (gather > TimeSpan.Zero)
            await Task.Delay(gather, ct);
        await signal.WaitAsync(poll, ct);
        return !ct.IsCancellationRequested;
    }
}
