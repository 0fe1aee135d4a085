using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Setup;

namespace Ngp.Tenants.Api;

public sealed record TenantDto(string Name, string DisplayName, string State, string UrlPrefix, IReadOnlyList<string> HostNames)
{
    public static TenantDto From(TenantDescriptor t) => new(t.Name, t.DisplayName, t.State.ToString(), t.UrlPrefix, t.HostNames);
}
