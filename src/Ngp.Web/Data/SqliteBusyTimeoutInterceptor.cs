using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ngp.Web.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock. Microsoft.Data.Sqlite does not set <c>busy_timeout</c>: when two
/// requests write at once, the loser gets SQLITE_BUSY and the driver sleeps 150 ms before trying again, so a burst of
/// votes or comments on one agency queues behind those sleeps (docs/decisions/0002-sqlite-writers.md).
/// SQLite's own busy handler retries after 1, 2, 5, 10… ms instead; the driver's loop stays as the last resort.
/// The timeout is set on the native handle at every open (a pooled handle keeps it, but nothing tells a reused one
/// from a new one): a call, not a PRAGMA statement prepared and run before every query.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    // As long as the driver's command timeout (30 s in the tenant connection strings).
    private const int TimeoutMilliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetTimeout(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetTimeout(connection);
        return Task.CompletedTask;
    }

    private static void SetTimeout(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
            SqliteException.ThrowExceptionForRC(SQLitePCL.raw.sqlite3_busy_timeout(handle, TimeoutMilliseconds), handle);
    }
}
