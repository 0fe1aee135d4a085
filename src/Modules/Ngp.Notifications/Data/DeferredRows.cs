using System.Data.Common;
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
