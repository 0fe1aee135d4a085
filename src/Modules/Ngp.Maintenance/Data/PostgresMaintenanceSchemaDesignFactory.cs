using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ngp.Maintenance.Data;

/// <summary>Used only by <c>dotnet ef migrations add … --context PostgresMaintenanceSchemaContext</c>.</summary>
internal sealed class PostgresMaintenanceSchemaDesignFactory : IDesignTimeDbContextFactory<PostgresMaintenanceSchemaContext>
{
    public PostgresMaintenanceSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMaintenanceSchemaContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(MaintenanceSchema.Definition.HistoryTable)).Options);
}
