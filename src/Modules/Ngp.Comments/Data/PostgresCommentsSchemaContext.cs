using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Comments.Data;

/// <summary>Carries the PostgreSQL migrations of the comments module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresCommentsSchemaContext(DbContextOptions<PostgresCommentsSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new CommentsModule();
}
