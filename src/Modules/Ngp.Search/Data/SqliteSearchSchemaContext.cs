using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Search.Data;

/// <summary>Carries the SQLite migrations of the search module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteSearchSchemaContext(DbContextOptions<SqliteSearchSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new SearchModule();
}
