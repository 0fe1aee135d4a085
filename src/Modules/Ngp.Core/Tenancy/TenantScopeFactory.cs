using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Core.Tenancy;

public sealed class TenantScopeFactory(IServiceScopeFactory scopes) : ITenantScopeFactory
{
    public AsyncServiceScope CreateScope(TenantDescriptor tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return scope;
    }
}
