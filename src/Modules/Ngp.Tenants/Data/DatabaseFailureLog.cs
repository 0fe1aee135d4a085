using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ngp.Tenants.Data;

/// <summary>
/// Decides how loud a failed database command is. A unique index refusing a duplicate is how the modules settle a
/// race (two registrations, two follows at once) and they handle it, so EF's own « failed » entries are written at
/// Information only (<see cref="Apply"/>); every other failure is logged here at Error, whether or not some code
/// catches it afterwards. A duplicate nobody handles still reaches the exception handler, which logs it at Error.
/// </summary>
public sealed class DatabaseFailureLog(ILogger<DatabaseFailureLog> logger) : DbCommandInterceptor
{
    /// <summary>Sets a context's options (host or tenant) to log its failures this way.</summary>
    public static DbContextOptionsBuilder Apply(DbContextOptionsBuilder options, IServiceProvider services) =>
        options.ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Information), (CoreEventId.SaveChangesFailed, LogLevel.Information)))
            .AddInterceptors(services.GetRequiredService<DatabaseFailureLog>());

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Log(command, eventData);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Log(command, eventData);
        return Task.CompletedTask;
    }

    private void Log(DbCommand command, CommandErrorEventData eventData)
    {
        if (eventData.Exception is OperationCanceledException || IsDuplicate(eventData.Exception) || IsFirstMigration(command, eventData.Exception))
            return;
        // The statement's text only: parameter values (addresses, bodies) never reach the log.
        logger.LogError(eventData.Exception, "Database command failed after {Elapsed} ms: {CommandText}", (long)eventData.Duration.TotalMilliseconds, command.CommandText);
    }

    private static bool IsDuplicate(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    // EF's migrator reads its history table on PostgreSQL before it has created it in a new database, and carries on.
    private static bool IsFirstMigration(DbCommand command, Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable }
        && command.CommandText.Contains("\"__EFMigrationsHistory\"", StringComparison.Ordinal);
}
