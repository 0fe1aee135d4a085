using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Core.Tenancy;

/// <summary>Creates a DI scope bound to one tenant, for setup, recipes and background work.</summary>
public interface ITenantScopeFactory
{
    AsyncServiceScope CreateScope(TenantDescriptor tenant);
}
