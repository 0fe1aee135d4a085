using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Notifications.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteNotificationsSchemaContext</c>.</summary>
internal sealed class SqliteNotificationsSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteNotificationsSchemaContext>
{
    public SqliteNotificationsSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNotificationsSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(NotificationsSchema.Definition.HistoryTable)).Options);
}
