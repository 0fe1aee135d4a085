using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Participation.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresParticipationSchemaContext</c>.</summary>
internal sealed class PostgresParticipationSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresParticipationSchemaContext>
{
    public PostgresParticipationSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresParticipationSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(ParticipationSchema.Definition.HistoryTable)).Options);
}
