using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Comments.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteCommentsSchemaContext</c>.</summary>
internal sealed class SqliteCommentsSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteCommentsSchemaContext>
{
    public SqliteCommentsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCommentsSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(CommentsSchema.Definition.HistoryTable)).Options);
}
