using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ngp.Notifications.Data;

/// <summary>
/// Writes each context's <see cref="DeferredRows"/> inside its SaveChanges: a save without a transaction of its own
/// gets one (begun before EF's changes, committed after the rows), a save inside the caller's transaction writes in
/// it and leaves the commit to the caller. Registered on the tenant contexts as an <see cref="IInterceptor"/>.
/// </summary>
public sealed class DeferredRowsInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, DeferredRows> _pending = new();

    internal void Attach(DbContext db, DeferredRows rows) => _pending.AddOrUpdate(db, rows);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Rows(eventData.Context) is { } rows && eventData.Context!.Database.CurrentTransaction is null)
            rows.OwnedTransaction = eventData.Context.Database.BeginTransaction();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Rows(eventData.Context) is { } rows && eventData.Context!.Database.CurrentTransaction is null)
            rows.OwnedTransaction = await eventData.Context.Database.BeginTransactionAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        Rows(eventData.Context) is { } rows ? FlushAsync(rows, result, async: false, CancellationToken.None).GetAwaiter().GetResult() : result;

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        Rows(eventData.Context) is { } rows ? await FlushAsync(rows, result, async: true, cancellationToken) : result;

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    // Owned or the caller's, the transaction that holds the rows ends here: only a commit changes the unread counts.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context, committed: true);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context, committed: true);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context, committed: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context, committed: false);
        return Task.CompletedTask;
    }

    private void Ended(DbContext? context, bool committed)
    {
        if (context is null || !_pending.TryGetValue(context, out var rows))
            return;
        if (committed)
            rows.Committed();
        else
            rows.RolledBack();
    }

    private DeferredRows? Rows(DbContext? context) =>
        context is not null && _pending.TryGetValue(context, out var rows) && rows.HasRows ? rows : null;

    private async Task<int> FlushAsync(DeferredRows rows, int result, bool async, CancellationToken ct)
    {
        var owned = rows.OwnedTransaction;
        rows.OwnedTransaction = null;
        int written;
        try
        {
            written = await rows.WriteAsync(async, ct);
            if (owned is not null)
            {
                if (async)
                    await owned.CommitAsync(ct);
                else
                    owned.Commit();
            }
        }
        catch (Exception e)
        {
            if (owned is not null)
                await RollBackAsync(owned);
            // The caller sees what EF's own save would have thrown (a duplicate idempotency key is a DbUpdateException);
            // its changes roll back with the rows.
            if (e is DbException)
                throw new DbUpdateException("Notification rows could not be written: " + e.Message, e);
            throw;
        }
        finally
        {
            if (owned is not null)
                await owned.DisposeAsync();
        }
        rows.Clear();
        return result + written;
    }

    private void Abandon(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var rows) || rows.OwnedTransaction is not { } owned)
            return;
        rows.OwnedTransaction = null;
        try
        {
            owned.Rollback();
        }
        finally
        {
            owned.Dispose();
        }
    }

    private static async Task RollBackAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (DbException)
        {
            // Already rolled back by the server (PostgreSQL aborts a failed transaction); disposing ends it.
        }
    }
}
