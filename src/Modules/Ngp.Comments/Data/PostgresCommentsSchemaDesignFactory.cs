using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Comments.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresCommentsSchemaContext</c>.</summary>
internal sealed class PostgresCommentsSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresCommentsSchemaContext>
{
    public PostgresCommentsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCommentsSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(CommentsSchema.Definition.HistoryTable)).Options);
}
