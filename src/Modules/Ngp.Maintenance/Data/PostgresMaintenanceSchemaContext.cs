using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Maintenance.Data;

/// <summary>Carries the PostgreSQL migrations of the maintenance module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresMaintenanceSchemaContext(DbContextOptions<PostgresMaintenanceSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new MaintenanceModule();
}
