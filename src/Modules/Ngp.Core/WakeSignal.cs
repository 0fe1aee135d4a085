namespace Ngp.Core;

/// <summary>
/// Wakes one of this process's background loops as soon as there is work, instead of at its next poll. Each loop has
/// its own sealed subclass, so that each is a distinct singleton; several pulses before a wait make one wake-up.
/// </summary>
public abstract class WakeSignal
{
    private readonly SemaphoreSlim _pulses = new(0, 1);

    public void Pulse()
    {
        try
        {
            _pulses.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every pulse before it.
        }
    }

    /// <summary>Returns at the next pulse, after <paramref name="timeout"/>, or when stopping (without throwing).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await _pulses.WaitAsync(timeout, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
