namespace Ngp.Tenants.Data;

/// <summary>
/// The last migration of one module's own tables applied to one tenant's database (<see cref="Core.Modules.ModuleSchema"/>):
/// which modules' schemas the tenant has, and what a start may skip without opening its database.
/// </summary>
public sealed class TenantModuleSchemaRecord
{
    public required string TenantName { get; set; }

    public required string Module { get; set; }

    public required string Version { get; set; }
}
