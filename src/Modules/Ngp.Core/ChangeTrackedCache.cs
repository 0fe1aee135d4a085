using System.Collections.Concurrent;

namespace Ngp.Core;

/// <summary>
/// Values computed from a tenant's database and kept in memory until this process changes what they were computed
/// from (<see cref="Changed"/>), or for <c>lifetime</c> at most, so a change made on another web node shows within it
/// even when its announcement (<see cref="CacheSignals"/>) is lost.
/// A value computed while a change was being made is never kept past that change: the change number is read before
/// computing and the value is stored with it.
/// </summary>
public sealed class ChangeTrackedCache<TKey, TValue>(TimeProvider clock, TimeSpan lifetime) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, long> _changes = new();
    private readonly ConcurrentDictionary<TKey, Entry> _values = new();

    // Forgetting everything moves to a new generation: values kept under an older one are never returned again.
    private long _generation;

    /// <summary>Called once a change of the key's source is committed.</summary>
    public void Changed(TKey key) => _changes.AddOrUpdate(key, 1, (_, n) => n + 1);

    /// <summary>Every value is computed again (changes this node may not have heard of).</summary>
    public void ForgetAll() => Interlocked.Increment(ref _generation);

    public async Task<TValue> GetOrComputeAsync(TKey key, Func<CancellationToken, Task<TValue>> compute, CancellationToken ct)
    {
        var changes = _changes.GetValueOrDefault(key);
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (_values.TryGetValue(key, out var entry) && entry.Changes == changes && entry.Generation == generation && now - entry.ComputedUtc < lifetime)
            return entry.Value;
        var value = await compute(ct);
        _values[key] = new Entry(changes, generation, now, value);
        return value;
    }

    private sealed record Entry(long Changes, long Generation, DateTimeOffset ComputedUtc, TValue Value);
}
