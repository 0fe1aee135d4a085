using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Contents.Data;

/// <summary>Carries the PostgreSQL migrations of the contents module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresContentsSchemaContext(DbContextOptions<PostgresContentsSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new ContentsModule();
}
