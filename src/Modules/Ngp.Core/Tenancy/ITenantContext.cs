namespace Ngp.Core.Tenancy;

/// <summary>The tenant of the current scope (a request, or a background job set up for one tenant).</summary>
public interface ITenantContext
{
    TenantDescriptor Tenant { get; }

    bool HasTenant { get; }
}
