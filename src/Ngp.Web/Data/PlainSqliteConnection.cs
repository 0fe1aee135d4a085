using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

#pragma warning disable EF1001 // The SQLite provider's connection is internal API: replaced to leave out its SQL functions.

namespace Ngp.Web.Data;

/// <summary>
/// The tenant's SQLite connection without the SQL functions EF Core's SQLite provider adds to every connection it
/// creates (regexp and the decimal functions ef_add, ef_compare, ef_sum…). Microsoft.Data.Sqlite registers those
/// functions on the pooled native connection at every open and removes them at every close: eleven native calls each
/// way per query, on the hot path of every request. The schema has no decimal column and no query matches a regular
/// expression, so nothing uses them; a query that did would fail with "no such function" in the SQLite tests.
/// </summary>
public sealed class PlainSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal.SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override DbConnection CreateDbConnection() => new SqliteConnection(GetValidatedConnectionString());
}
