using Ngp.Core;

namespace Ngp.Notifications;

/// <summary>
/// Each person's count of unread in-app notifications, which the bell shows on every page they read: kept from one
/// page to the next until a notification of theirs is written, read or erased on this node (or announced by another
/// through <see cref="CacheSignals"/>), and <see cref="MaxAge"/> at most if an announcement is lost.
/// </summary>
public sealed class UnreadCounts
{
    public const string Cache = "unread-notifications";

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly ChangeTrackedCache<(string Tenant, string UserId), int> _counts;
    private readonly CacheSignals _signals;

    public UnreadCounts(TimeProvider clock, CacheSignals signals)
    {
        _counts = new(clock, MaxAge);
        _signals = signals;
        signals.Subscribe(Cache, Heard);
    }

    /// <summary>Called once a change to the person's in-app notifications is committed.</summary>
    public void Changed(string tenant, string userId)
    {
        _counts.Changed((tenant, userId));
        _signals.Announce(Cache, tenant, userId);
    }

    public Task<int> GetOrCountAsync(string tenant, string userId, Func<CancellationToken, Task<int>> count, CancellationToken ct) =>
        _counts.GetOrComputeAsync((tenant, userId), count, ct);

    private ValueTask Heard(CacheSignal signal)
    {
        if (signal.Tenant.Length == 0 || signal.Key.Length == 0)
            _counts.ForgetAll();
        else
            _counts.Changed((signal.Tenant, signal.Key));
        return ValueTask.CompletedTask;
    }
}
