using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Ngp.Core;

/// <summary>
/// The one channel through which a cache that forgets at once on this web node has every other node forget too. A
/// cache announces what it forgot here, and subscribes what it forgets when another node announces the same; on
/// PostgreSQL the host database carries the announcements (<c>LISTEN</c>/<c>NOTIFY</c>), on SQLite (one node) they go
/// nowhere. Each cache keeps its own lifetime as the fallback for an announcement lost on the way.
/// </summary>
public sealed class CacheSignals
{
    // Past this many announcements not yet sent, the oldest are dropped: the other nodes' lifetimes still apply.
    private const int MaxPending = 10_000;

    private readonly ConcurrentDictionary<string, Func<CacheSignal, ValueTask>> _caches = new(StringComparer.Ordinal);
    private readonly Channel<CacheSignal> _outgoing = Channel.CreateBounded<CacheSignal>(
        new BoundedChannelOptions(MaxPending) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private volatile bool _broadcasting;

    /// <summary>What the cache <paramref name="cache"/> forgets when another node announces a change of it.</summary>
    public void Subscribe(string cache, Func<CacheSignal, ValueTask> forget) => _caches[cache] = forget;

    /// <summary>Tells the other nodes that what <paramref name="cache"/> keeps under this tenant and key changed.</summary>
    public void Announce(string cache, string tenant, string key = "")
    {
        if (_broadcasting)
            _outgoing.Writer.TryWrite(new CacheSignal(cache, tenant, key));
    }

    /// <summary>Called once by the node's broadcaster: announcements are kept for it from now on.</summary>
    public ChannelReader<CacheSignal> StartBroadcasting()
    {
        _broadcasting = true;
        return _outgoing.Reader;
    }

    /// <summary>Another node announced a change: the cache forgets it.</summary>
    public ValueTask HeardAsync(CacheSignal signal) =>
        _caches.TryGetValue(signal.Cache, out var forget) ? forget(signal) : ValueTask.CompletedTask;

    /// <summary>Announcements may have been missed (the channel was lost): every cache forgets everything.</summary>
    public async Task ForgetEverythingAsync()
    {
        foreach (var (cache, forget) in _caches)
            await forget(new CacheSignal(cache, "", ""));
    }
}
