namespace Ngp.Core.Tenancy;

/// <summary>Thrown when work asks for a tenant that is being removed: the work is abandoned, nothing is written.</summary>
public sealed class TenantClosedException(string tenant)
    : Exception($"Tenant '{tenant}' is being removed: no new work starts in it.")
{
    public string Tenant { get; } = tenant;
}
