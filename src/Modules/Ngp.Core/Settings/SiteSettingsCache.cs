namespace Ngp.Core.Settings;

/// <summary>
/// Each tenant's settings kept in memory for a short while: every page shows them, and reading them from the
/// database on each request weighed on every page (docs/decisions/0010). Another web node's change is announced
/// (<see cref="CacheSignals"/>) and shows at once; within <see cref="Lifetime"/> if the announcement is lost.
/// </summary>
public sealed class SiteSettingsCache
{
    public const string Cache = "settings";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (SiteSettings Settings, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly CacheSignals _signals;

    public SiteSettingsCache(TimeProvider clock, CacheSignals signals)
    {
        _clock = clock;
        _signals = signals;
        signals.Subscribe(Cache, Heard);
    }

    public SiteSettings? Get(string tenant) =>
        _entries.TryGetValue(tenant, out var entry) && entry.Expires > _clock.GetUtcNow() ? entry.Settings : null;

    public void Set(string tenant, SiteSettings settings) => _entries[tenant] = (settings, _clock.GetUtcNow().Add(Lifetime));

    public void Forget(string tenant)
    {
        _entries.TryRemove(tenant, out _);
        _signals.Announce(Cache, tenant);
    }

    private ValueTask Heard(CacheSignal signal)
    {
        if (signal.Tenant.Length == 0)
            _entries.Clear();
        else
            _entries.TryRemove(signal.Tenant, out _);
        return ValueTask.CompletedTask;
    }
}
