using Ngp.Core.Tenancy;

namespace Ngp.Tenants.Api;

public sealed record TenantDto(string Name, string DisplayName, string State, string UrlPrefix, IReadOnlyList<string> HostNames)
{
    public static TenantDto From(TenantDescriptor t) => new(t.Name, t.DisplayName, t.State.ToString(), t.UrlPrefix, t.HostNames);
}
