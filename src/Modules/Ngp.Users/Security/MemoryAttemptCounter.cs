using System.Threading.RateLimiting;

namespace Ngp.Users.Security;

/// <summary>The attempts of this process only, in fixed windows: enough on SQLite, where there is one web node.</summary>
public sealed class MemoryAttemptCounter : IAttemptCounter, IDisposable
{
    private readonly PartitionedRateLimiter<(string Key, int Limit, TimeSpan Window)> _limiter =
        PartitionedRateLimiter.Create<(string Key, int Limit, TimeSpan Window), (string, int, TimeSpan)>(partition =>
            RateLimitPartition.GetFixedWindowLimiter(partition, p => new FixedWindowRateLimiterOptions
            {
                PermitLimit = p.Item2,
                Window = p.Item3,
                QueueLimit = 0,
            }));

    public bool AcrossNodes => false;

    public ValueTask<bool> TryCountAsync(string key, int limit, TimeSpan window, CancellationToken ct)
    {
        using var lease = _limiter.AttemptAcquire((key, limit, window));
        return ValueTask.FromResult(lease.IsAcquired);
    }

    public void Dispose() => _limiter.Dispose();
}
