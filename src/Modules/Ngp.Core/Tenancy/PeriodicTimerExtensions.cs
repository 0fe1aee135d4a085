namespace Ngp.Core.Tenancy;

public static class PeriodicTimerExtensions
{
    /// <summary>
    /// Waits for the next tick, then leaves the thread that fired it. A tick can complete inline on the thread that
    /// moved the clock (a test's clock jumping a month fires every 30 s tick of it in one loop): a pass that ran there
    /// would run once per missed tick instead of once.
    /// </summary>
    public static async Task<bool> WaitForNextPassAsync(this PeriodicTimer timer, CancellationToken ct)
    {
        var ticked = await timer.WaitForNextTickAsync(ct);
        await Task.Yield();
        return ticked;
    }
}
