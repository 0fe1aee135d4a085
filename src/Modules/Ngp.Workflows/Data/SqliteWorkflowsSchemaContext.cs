using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Workflows.Data;

/// <summary>Carries the SQLite migrations of the workflows module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteWorkflowsSchemaContext(DbContextOptions<SqliteWorkflowsSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new WorkflowsModule();
}
