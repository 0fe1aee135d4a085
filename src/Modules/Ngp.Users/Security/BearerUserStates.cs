using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Ngp.Core;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Users.Leases;

namespace Ngp.Users.Security;

/// <summary>What a bearer request checks of its user: the columns that revoke a token, and the user's lease.</summary>
public sealed record BearerUserState(string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd, UserLease? Lease);

/// <summary>
/// The <see cref="BearerUserState"/> of the users who sent a bearer request, kept <see cref="Lifetime"/> per tenant and
/// user. Reading it on every request was a quarter of a vote's cost, and an API client sends requests in a row.
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

/// <summary>
/// Tells <see cref="BearerUserStates"/> when a save changes a user, a lease or a lease holder: once the save is done, and
/// again when its transaction commits (a request reading in between saw the old row; it must not be kept).
/// </summary>
public sealed class UserStateChanges(BearerUserStates states) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Pending = new();

    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
            return;
        var changes = context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is NgpUser or Lease or LeaseHolder);
        if (changes)
            _pending.AddOrUpdate(context, Pending);
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out _))
            return;
        states.ForgetAll();
        if (context.Database.CurrentTransaction is null)
            _pending.Remove(context);
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
            states.ForgetAll();
    }
}
