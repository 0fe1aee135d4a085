using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Core.Tenancy;

/// <summary>The tenant of the current scope (a request, or a background job set up for one tenant).</summary>
public interface ITenantContext
{
    TenantDescriptor Tenant { get; }

    bool HasTenant { get; }
}

/// <summary>
/// Scoped holder set once per scope by the tenant resolution middleware or a tenant scope factory. It keeps the
/// scope's registration in <see cref="TenantActivity"/> and ends it with the scope.
/// </summary>
public sealed class TenantContext : ITenantContext, IDisposable
{
    private TenantDescriptor? _tenant;
    private IDisposable? _work;

    public TenantDescriptor Tenant => _tenant ?? throw new InvalidOperationException("No tenant was resolved for this scope.");

    public bool HasTenant => _tenant is not null;

    public void Set(TenantDescriptor tenant, IDisposable? work = null)
    {
        if (_tenant is not null && _tenant.Name != tenant.Name)
            throw new InvalidOperationException($"This scope already belongs to tenant '{_tenant.Name}'.");
        _tenant = tenant;
        if (work is not null)
        {
            _work?.Dispose();
            _work = work;
        }
    }

    public void Dispose() => _work?.Dispose();
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
