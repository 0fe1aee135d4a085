namespace Ngp.Core.Tenancy;

/// <summary>The running tenants, as the registry knows them now; lets background work visit each one.</summary>
public interface IRunningTenants
{
    IReadOnlyList<TenantDescriptor> Running { get; }
}
