using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Workflows.Data;

/// <summary>Carries the PostgreSQL migrations of the workflows module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresWorkflowsSchemaContext(DbContextOptions<PostgresWorkflowsSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new WorkflowsModule();
}
