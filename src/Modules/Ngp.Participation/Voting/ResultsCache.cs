using Ngp.Core;

namespace Ngp.Participation.Voting;

/// <summary>
/// The counts of each consultation, kept from one vote to the next. Counting 10,000 votes took each results request
/// about 10 ms of database work (90 requests per second); now a vote cast in this process marks its consultation
/// changed and the next reader counts again, once. Votes cast on another web node are announced through
/// <see cref="CacheSignals"/>, and seen after <see cref="MaxAge"/> at most if the announcement is lost.
/// </summary>
public sealed class ResultsCache
{
    public const string Cache = "results";

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly ChangeTrackedCache<(string Tenant, string Item, long Version), (int, IReadOnlyList<QuestionResult>)> _counts;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Tenant, string Item), long> _versions = new();
    private readonly CacheSignals _signals;

    public ResultsCache(TimeProvider clock, CacheSignals signals)
    {
        _counts = new(clock, MaxAge);
        _signals = signals;
        signals.Subscribe(Cache, Heard);
    }

    /// <summary>Called once a vote on the item is committed.</summary>
    public void Changed(string tenant, string itemId)
    {
        Forget(tenant, itemId);
        _signals.Announce(Cache, tenant, itemId);
    }

    /// <summary>The counts of the item's published version <paramref name="version"/>: editing the questions gives new counts at once.</summary>
    public Task<(int Voters, IReadOnlyList<QuestionResult> Questions)> GetOrCountAsync(
        string tenant, string itemId, long version, Func<CancellationToken, Task<(int, IReadOnlyList<QuestionResult>)>> count, CancellationToken ct)
    {
        _versions[(tenant, itemId)] = version;
        return _counts.GetOrComputeAsync((tenant, itemId, version), count, ct);
    }

    private void Forget(string tenant, string itemId)
    {
        if (_versions.TryGetValue((tenant, itemId), out var version))
            _counts.Changed((tenant, itemId, version));
    }

    private ValueTask Heard(CacheSignal signal)
    {
        if (signal.Tenant.Length == 0 || signal.Key.Length == 0)
            _counts.ForgetAll();
        else
            Forget(signal.Tenant, signal.Key);
        return ValueTask.CompletedTask;
    }
}
