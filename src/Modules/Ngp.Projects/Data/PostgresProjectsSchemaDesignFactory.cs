using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Projects.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresProjectsSchemaContext</c>.</summary>
internal sealed class PostgresProjectsSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresProjectsSchemaContext>
{
    public PostgresProjectsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresProjectsSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(ProjectsSchema.Definition.HistoryTable)).Options);
}
