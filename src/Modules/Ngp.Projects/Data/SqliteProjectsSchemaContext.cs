using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Projects.Data;

/// <summary>Carries the SQLite migrations of the projects module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteProjectsSchemaContext(DbContextOptions<SqliteProjectsSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new ProjectsModule();
}
