using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Contents.Data;

/// <summary>Carries the SQLite migrations of the contents module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteContentsSchemaContext(DbContextOptions<SqliteContentsSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new ContentsModule();
}
