using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Projects.Data;

/// <summary>Carries the PostgreSQL migrations of the projects module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresProjectsSchemaContext(DbContextOptions<PostgresProjectsSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new ProjectsModule();
}
