using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Media.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresMediaSchemaContext</c>.</summary>
internal sealed class PostgresMediaSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresMediaSchemaContext>
{
    public PostgresMediaSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMediaSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(MediaSchema.Definition.HistoryTable)).Options);
}
