using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Contents.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresContentsSchemaContext</c>.</summary>
internal sealed class PostgresContentsSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresContentsSchemaContext>
{
    public PostgresContentsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresContentsSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(ContentsSchema.Definition.HistoryTable)).Options);
}
