using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Core.Tenancy;

/// <summary>The tenant of the current scope (a request, or a background job set up for one tenant).</summary>
public interface ITenantContext
{
    TenantDescriptor Tenant { get; }

    bool HasTenant { get; }
}

/// <summary>Scoped holder set once per scope by the tenant resolution middleware or a tenant scope factory.</summary>
public sealed class TenantContext : ITenantContext
{
    private TenantDescriptor? _tenant;

    public TenantDescriptor Tenant => _tenant ?? throw new InvalidOperationException("No tenant was resolved for this scope.");

    public bool HasTenant => _tenant is not null;

    public void Set(TenantDescriptor tenant)
    {
        if (_tenant is not null && _tenant.Name != tenant.Name)
            throw new InvalidOperationException($"This scope already belongs to tenant '{_tenant.Name}'.");
        _tenant = tenant;
    }
}

/// <summary>Creates a DI scope bound to one tenant, for setup, recipes and background work.</summary>
public interface ITenantScopeFactory
{
    AsyncServiceScope CreateScope(TenantDescriptor tenant);
}

/// <summary>The running tenants, as the registry knows them now; lets background work visit each one.</summary>
public interface IRunningTenants
{
    IReadOnlyList<TenantDescriptor> Running { get; }
}
