using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Core.Tenancy;

public sealed class TenantScopeFactory(IServiceScopeFactory scopes, TenantActivity activity) : ITenantScopeFactory
{
    /// <exception cref="TenantClosedException">The tenant is being removed.</exception>
    public AsyncServiceScope CreateScope(TenantDescriptor tenant)
    {
        var work = activity.Enter(tenant.Name);
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, work);
        return scope;
    }
}
