using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Media.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteMediaSchemaContext</c>.</summary>
internal sealed class SqliteMediaSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteMediaSchemaContext>
{
    public SqliteMediaSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMediaSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MediaSchema.Definition.HistoryTable)).Options);
}
