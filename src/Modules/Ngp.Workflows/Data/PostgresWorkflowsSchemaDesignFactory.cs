using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Workflows.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresWorkflowsSchemaContext</c>.</summary>
internal sealed class PostgresWorkflowsSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresWorkflowsSchemaContext>
{
    public PostgresWorkflowsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkflowsSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(WorkflowsSchema.Definition.HistoryTable)).Options);
}
