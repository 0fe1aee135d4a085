using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Follows.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresFollowsSchemaContext</c>.</summary>
internal sealed class PostgresFollowsSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresFollowsSchemaContext>
{
    public PostgresFollowsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFollowsSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(FollowsSchema.Definition.HistoryTable)).Options);
}
