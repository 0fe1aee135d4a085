using Microsoft.Extensions.Caching.Memory;
using Ngp.Core;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>
/// The <see cref="BearerUserState"/> of the users who sent a bearer request, kept <see cref="Lifetime"/> per tenant and
/// user: an API client sends requests in a row, and reading it for each was a large part of a vote's cost
/// (docs/decisions/0010).
/// <para>
/// Whatever this process saves to a user, a lease or a lease holder forgets every kept state at once
/// (<see cref="UserStateChanges"/>): on one web node, a password change, a lock-out, an erased account or a lease
/// changed refuses the very next request. Every other web node hears of it through <see cref="CacheSignals"/> and
/// forgets too (within <see cref="Lifetime"/> if the announcement is lost), where a cookie waits for Identity's
/// revalidation (30 minutes by default).
/// </para>
/// </summary>
public sealed class BearerUserStates : IDisposable
{
    public const string Cache = "bearer";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly CacheSignals _signals;

    public BearerUserStates(CacheSignals signals)
    {
        _signals = signals;
        signals.Subscribe(Cache, _ =>
        {
            Interlocked.Increment(ref _generation);
            return ValueTask.CompletedTask;
        });
    }

    private readonly MemoryCache _states = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    // Forgetting moves to a new generation rather than walking the cache: states kept under an older one are never found again.
    private long _generation;

    /// <summary>Read before the database: a state read while a change was being saved is kept under the generation it belongs to.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(TenantDescriptor tenant, string userId, out BearerUserState? state) =>
        _states.TryGetValue((Generation, tenant.Name, tenant.CreatedUtc, userId), out state) && state is not null;

    public void Keep(long generation, TenantDescriptor tenant, string userId, BearerUserState state) =>
        _states.Set((generation, tenant.Name, tenant.CreatedUtc, userId), state, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    public void ForgetAll()
    {
        Interlocked.Increment(ref _generation);
        _signals.Announce(Cache, "");
    }

    public void Dispose() => _states.Dispose();
}
