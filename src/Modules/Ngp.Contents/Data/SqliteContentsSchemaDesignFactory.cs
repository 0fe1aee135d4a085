using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Contents.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteContentsSchemaContext</c>.</summary>
internal sealed class SqliteContentsSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteContentsSchemaContext>
{
    public SqliteContentsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteContentsSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ContentsSchema.Definition.HistoryTable)).Options);
}
