using Microsoft.AspNetCore.Http;

namespace Ngp.Core.Tenancy;

/// <summary>Which tenant serves an address of the site, by the rule every request is resolved with.</summary>
public interface ITenantAddresses
{
    /// <returns>The name of the tenant that answers this path on this host; null when none does.</returns>
    string? TenantAt(HostString host, PathString path);
}
