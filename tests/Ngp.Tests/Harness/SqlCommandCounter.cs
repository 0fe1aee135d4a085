using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ngp.Tests.Harness;

/// <summary>
/// Counts the SQL commands EF Core runs against one tenant's database (matched by a piece of its connection
/// string), through EF's DiagnosticListener: tests use it to show a page runs as many queries with 200 rows as with 2.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionMatch;
    private readonly bool _countOutbox;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _texts = [];
    private int _count;

    /// <param name="countOutbox">Counts the outbox's own commands too, for tests of the dispatcher itself.</param>
    public SqlCommandCounter(string connectionMatch, bool countOutbox = false)
    {
        _connectionMatch = connectionMatch;
        _countOutbox = countOutbox;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The commands counted since the last reset, to show in a failure message.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_texts)
                return _texts.ToList();
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        lock (_texts)
            _texts.Clear();
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
                _subscriptions.Add(listener.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && Matches(data.Command)
            // The outbox dispatcher polls every tenant's outbox in the background: never a page's query.
            && (_countOutbox || !data.Command.CommandText.Contains("\"Outbox", StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _count);
            lock (_texts)
                _texts.Add(data.Command.CommandText);
        }
    }

    private bool Matches(DbCommand command) =>
        (command.Connection?.ConnectionString ?? "").Contains(_connectionMatch, StringComparison.OrdinalIgnoreCase)
        || (command.Connection?.Database ?? "").Contains(_connectionMatch.Replace('-', '_'), StringComparison.OrdinalIgnoreCase)
        || (command.Connection?.DataSource ?? "").Contains(_connectionMatch, StringComparison.OrdinalIgnoreCase);

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
            _subscriptions.ForEach(s => s.Dispose());
    }
}
