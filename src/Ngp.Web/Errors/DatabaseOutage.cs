using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ngp.Web.Errors;

/// <summary>Tells a database that cannot be reached (a server down, restarting, out of connections) from a fault of the site.</summary>
public static class DatabaseOutage
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN: the file is held or missing for now.
    private static readonly int[] SqliteUnavailable = [5, 6, 14];

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException)
                return true;
            if (e is SqliteException sqlite && SqliteUnavailable.Contains(sqlite.SqliteErrorCode))
                return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
                return true;
        }
        return false;
    }
}
