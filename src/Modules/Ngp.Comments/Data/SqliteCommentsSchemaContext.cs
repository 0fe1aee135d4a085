using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Comments.Data;

/// <summary>Carries the SQLite migrations of the comments module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteCommentsSchemaContext(DbContextOptions<SqliteCommentsSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new CommentsModule();
}
