using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Projects.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteProjectsSchemaContext</c>.</summary>
internal sealed class SqliteProjectsSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteProjectsSchemaContext>
{
    public SqliteProjectsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteProjectsSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ProjectsSchema.Definition.HistoryTable)).Options);
}
