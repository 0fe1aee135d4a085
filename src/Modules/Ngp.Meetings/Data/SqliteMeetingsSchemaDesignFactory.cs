using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Meetings.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteMeetingsSchemaContext</c>.</summary>
internal sealed class SqliteMeetingsSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteMeetingsSchemaContext>
{
    public SqliteMeetingsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMeetingsSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MeetingsSchema.Definition.HistoryTable)).Options);
}
