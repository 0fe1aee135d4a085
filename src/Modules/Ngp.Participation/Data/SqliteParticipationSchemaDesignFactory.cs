using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Participation.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteParticipationSchemaContext</c>.</summary>
internal sealed class SqliteParticipationSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteParticipationSchemaContext>
{
    public SqliteParticipationSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteParticipationSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ParticipationSchema.Definition.HistoryTable)).Options);
}
