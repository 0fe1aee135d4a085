namespace Ngp.Core.Tenancy;

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
