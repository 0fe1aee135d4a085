using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ngp.Tests.Harness;

/// <summary>One entry of the site's log: everything a log sink could write of it.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, string? Exception, IReadOnlyList<string> State)
{
    /// <summary>All the text of the entry: message, exception with its stack, structured values and scopes.</summary>
    public string Text => string.Join('\n', [Message, Exception ?? "", .. State]);

    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : "\n" + Exception)}";
}

/// <summary>A log sink that keeps every entry the site writes (through its configured levels), for a test to read the whole log.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogEntry> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<string>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                values.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
            capture._scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> scopePairs)
                    list.AddRange(scopePairs.Select(p => $"{p.Key}={p.Value}"));
                else
                    list.Add(scope?.ToString() ?? "");
            }, values);
            capture._entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception?.ToString(), values));
        }
    }
}
