using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Maintenance.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context SqliteMaintenanceSchemaContext</c>.</summary>
internal sealed class SqliteMaintenanceSchemaDesignFactory : IDesignTimeDbContextFactory<SqliteMaintenanceSchemaContext>
{
    public SqliteMaintenanceSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMaintenanceSchemaContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MaintenanceSchema.Definition.HistoryTable)).Options);
}
