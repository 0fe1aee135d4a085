using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ngp.Web.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock. Microsoft.Data.Sqlite does not set <c>busy_timeout</c>: when two
/// requests write at once, the loser gets SQLITE_BUSY and the driver sleeps 150 ms before trying again, so a burst of
/// votes or comments on one agency queues behind those sleeps (36 votes per second measured with 1,000 residents).
/// SQLite's own busy handler retries after 1, 2, 5, 10… ms instead; the driver's loop stays as the last resort.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    // As long as the driver's command timeout (30 s in the tenant connection strings).
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
