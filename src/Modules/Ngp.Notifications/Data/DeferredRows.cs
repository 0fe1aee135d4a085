using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Ngp.Core.Data;

namespace Ngp.Notifications.Data;

/// <summary>
/// The notification rows (outbox e-mails, in-app notifications, digest entries) of the current unit of work, written
/// by the caller's next SaveChanges in its transaction — like entities added to EF, but inserted with one prepared
/// INSERT reused for every row (its parameters rebound) instead of EF's change tracking (docs/decisions/0001-notice-fan-out.md).
/// Nothing is written if that save fails or its transaction rolls back; a save that fails keeps the rows for the next.
/// When the context has no <see cref="DeferredRowsInterceptor"/> (a host that did not add it), rows go through EF.
/// </summary>
public sealed class DeferredRows(NgpDbContext db, DeferredRowsInterceptor interceptor, UnreadCounts unread, Ngp.Core.Tenancy.ITenantContext tenant)
{
    private readonly List<EmailMessage> _emails = [];
    private readonly List<InAppNotification> _inApp = [];
    private readonly List<DigestEntry> _digest = [];
    // People whose unread count the written rows change, told to the bell's cache once their transaction commits.
    private readonly HashSet<string> _unreadChanged = new(StringComparer.Ordinal);
    private bool? _intercepted;

    internal IDbContextTransaction? OwnedTransaction { get; set; }

    internal bool HasRows => _emails.Count + _inApp.Count + _digest.Count > 0;

    public void Add(EmailMessage message) => Add(_emails, message);

    public void Add(InAppNotification notification) => Add(_inApp, notification);

    public void Add(DigestEntry entry) => Add(_digest, entry);

    private void Add<T>(List<T> rows, T row) where T : class
    {
        _intercepted ??= Intercepted();
        if (_intercepted == false)
        {
            db.Set<T>().Add(row);
            return;
        }
        if (!HasRows)
            interceptor.Attach(db, this);
        rows.Add(row);
    }

    private bool Intercepted() =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(interceptor) == true;

    /// <summary>Inserts every pending row in the context's current transaction; returns how many.</summary>
    internal async Task<int> WriteAsync(bool async, CancellationToken ct)
    {
        var written = await InsertAsync(_emails, async, ct) + await InsertAsync(_inApp, async, ct) + await InsertAsync(_digest, async, ct);
        foreach (var notification in _inApp)
            _unreadChanged.Add(notification.UserId);
        return written;
    }

    /// <summary>The transaction that holds the rows written committed: the bell's counts of their people are counted again.</summary>
    internal void Committed()
    {
        if (_unreadChanged.Count == 0)
            return;
        foreach (var userId in _unreadChanged)
            unread.Changed(tenant.Tenant.Name, userId);
        _unreadChanged.Clear();
    }

    internal void RolledBack() => _unreadChanged.Clear();

    internal void Clear()
    {
        _emails.Clear();
        _inApp.Clear();
        _digest.Clear();
    }

    private async Task<int> InsertAsync<T>(List<T> rows, bool async, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
            return 0;
        // Rows per INSERT. SQLite runs in process: one prepared single-row INSERT was 3 times faster than 50-row ones
        // (it binds parameters by name); PostgreSQL is a round-trip away, so there 50 rows (700 parameters) go at once.
        var chunk = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite" ? 1 : 50;
        var commands = new RowCommands<T>(db);
        var properties = commands.InsertedProperties();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        DbCommand? full = null;
        DbParameter[] fullParameters = [];
        try
        {
            for (var start = 0; start < rows.Count; start += chunk)
            {
                var count = Math.Min(chunk, rows.Count - start);
                DbCommand command;
                DbParameter[] parameters;
                if (count == chunk && full is not null)
                    (command, parameters) = (full, fullParameters);
                else
                {
                    (command, parameters) = Build(commands, properties, rows[start], count);
                    if (count == chunk)
                    {
                        (full, fullParameters) = (command, parameters);
                        if (async)
                            await command.PrepareAsync(ct);
                        else
                            command.Prepare();
                    }
                }
                for (var row = 0; row < count; row++)
                {
                    var entity = rows[start + row];
                    for (var column = 0; column < properties.Count; column++)
                        RowCommands<T>.Set(parameters[row * properties.Count + column], properties[column], getters[column].GetClrValue(entity));
                }
                try
                {
                    if (async)
                        await command.ExecuteNonQueryAsync(ct);
                    else
                        command.ExecuteNonQuery();
                }
                finally
                {
                    if (command != full)
                        await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
                await full.DisposeAsync();
        }
        return rows.Count;
    }

    private static (DbCommand, DbParameter[]) Build<T>(RowCommands<T> commands, IReadOnlyList<IProperty> properties, T sample, int count) where T : class
    {
        var columns = string.Join(", ", properties.Select(p => commands.Column(p.Name)));
        var values = new List<string>(count);
        for (var row = 0; row < count; row++)
            values.Add("(" + string.Join(", ", properties.Select((_, column) => $"@p{row}_{column}")) + ")");
        var command = commands.Command($"INSERT INTO {commands.Table} ({columns}) VALUES {string.Join(", ", values)}");
        var parameters = new DbParameter[count * properties.Count];
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < properties.Count; column++)
            {
                var property = properties[column];
                parameters[row * properties.Count + column] = commands.Parameter(command, $"@p{row}_{column}", property, property.GetGetter().GetClrValue(sample));
            }
        }
        return (command, parameters);
    }
}

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
