using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Search.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteSearchSchemaContext</c>.</summary>
internal sealed class SqliteSearchSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteSearchSchemaContext>
{
    public SqliteSearchSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSearchSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(SearchSchema.Definition.HistoryTable)).Options);
}
