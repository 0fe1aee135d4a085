using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Follows.Data;

/// <summary>Carries the SQLite migrations of the follows module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteFollowsSchemaContext(DbContextOptions<SqliteFollowsSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new FollowsModule();
}
