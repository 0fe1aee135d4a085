using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ngp.Web.Data;

/// <summary>
/// Queues the saves of one SQLite database in this process instead of letting them fight for its single write lock.
/// SQLite takes one writer at a time; when many requests save at once (a thousand residents voting), the losers
/// would poll for the lock and the unlucky ones could wait past the 30 s timeout and lose what they submitted. Here a
/// save waits its turn on an in-process gate (per database file), and only the saves of other processes, explicit
/// transactions and bulk updates are left to SQLite's busy handler (<see cref="SqliteBusyTimeoutInterceptor"/>).
/// A save inside an explicit transaction is not gated: the transaction may already hold SQLite's lock.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbContext, SemaphoreSlim> _held = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (GateFor(eventData.Context) is { } gate)
        {
            gate.Wait();
            _held.AddOrUpdate(eventData.Context!, gate);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (GateFor(eventData.Context) is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
            _held.AddOrUpdate(eventData.Context!, gate);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private SemaphoreSlim? GateFor(DbContext? context)
    {
        if (context is null || context.Database.CurrentTransaction is not null)
            return null;
        var key = context.Database.GetConnectionString();
        return key is null ? null : _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
    }

    private void Release(DbContext? context)
    {
        if (context is not null && _held.TryGetValue(context, out var gate))
        {
            _held.Remove(context);
            gate.Release();
        }
    }
}
