using Microsoft.AspNetCore.Http;
using Ngp.Core.Tenancy;

namespace Ngp.Tenants.Api;

/// <summary>Tenant management exists only on the head office; elsewhere it is not found, as if the route did not exist.</summary>
public sealed class HeadOfficeOnlyFilter(ITenantContext tenantContext) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        tenantContext.Tenant.IsHeadOffice
            ? next(context)
            : ValueTask.FromResult<object?>(Results.NotFound());
}
