using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Search.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresSearchSchemaContext</c>.</summary>
internal sealed class PostgresSearchSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresSearchSchemaContext>
{
    public PostgresSearchSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSearchSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(SearchSchema.Definition.HistoryTable)).Options);
}
