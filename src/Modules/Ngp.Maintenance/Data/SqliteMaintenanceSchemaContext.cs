using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Maintenance.Data;

/// <summary>Carries the Sqlite migrations of the maintenance module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteMaintenanceSchemaContext(DbContextOptions<SqliteMaintenanceSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new MaintenanceModule();
}
