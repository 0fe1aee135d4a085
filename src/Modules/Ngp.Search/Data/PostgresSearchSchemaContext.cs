using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Search.Data;

/// <summary>Carries the PostgreSQL migrations of the search module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresSearchSchemaContext(DbContextOptions<PostgresSearchSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new SearchModule();
}
