using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Notifications.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresNotificationsSchemaContext</c>.</summary>
internal sealed class PostgresNotificationsSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresNotificationsSchemaContext>
{
    public PostgresNotificationsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNotificationsSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(NotificationsSchema.Definition.HistoryTable)).Options);
}
