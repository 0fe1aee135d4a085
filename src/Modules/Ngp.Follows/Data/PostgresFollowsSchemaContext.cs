using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Follows.Data;

/// <summary>Carries the PostgreSQL migrations of the follows module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresFollowsSchemaContext(DbContextOptions<PostgresFollowsSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new FollowsModule();
}
