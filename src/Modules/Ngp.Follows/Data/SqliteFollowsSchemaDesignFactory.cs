using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Follows.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteFollowsSchemaContext</c>.</summary>
internal sealed class SqliteFollowsSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteFollowsSchemaContext>
{
    public SqliteFollowsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFollowsSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(FollowsSchema.Definition.HistoryTable)).Options);
}
