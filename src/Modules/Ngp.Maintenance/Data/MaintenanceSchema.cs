using Ngp.Core.Modules;

namespace Ngp.Maintenance.Data;

/// <summary>The tables of the maintenance module, owned by it from its first migration.</summary>
public static class MaintenanceSchema
{
    public static ModuleSchema Definition { get; } = new("Maintenance", typeof(SqliteMaintenanceSchemaContext), typeof(PostgresMaintenanceSchemaContext));
}
