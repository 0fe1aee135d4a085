using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Workflows.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteWorkflowsSchemaContext</c>.</summary>
internal sealed class SqliteWorkflowsSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteWorkflowsSchemaContext>
{
    public SqliteWorkflowsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkflowsSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(WorkflowsSchema.Definition.HistoryTable)).Options);
}
