using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Ngp.Core.Data;
using Ngp.Users.Leases;

namespace Ngp.Users.Security;

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
