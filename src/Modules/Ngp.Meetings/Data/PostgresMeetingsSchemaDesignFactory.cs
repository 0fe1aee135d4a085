using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Meetings.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresMeetingsSchemaContext</c>.</summary>
internal sealed class PostgresMeetingsSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresMeetingsSchemaContext>
{
    public PostgresMeetingsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMeetingsSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(MeetingsSchema.Definition.HistoryTable)).Options);
}
