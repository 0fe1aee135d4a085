namespace Ngp.Tenants.Setup;

/// <summary>What the registry records of a tenant's schema: the host's last migration and each module's.</summary>
public sealed record TenantSchemaVersions(string? Host, IReadOnlyDictionary<string, string> Modules);
