using Microsoft.Extensions.Configuration;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;

namespace Ngp.Tenants;

/// <summary>
/// A tenant's public root: its own public address; else, for a tenant under a prefix, the head office's address (set
/// in the admin, or <c>Ngp:Notifications:PublicBaseUrl</c>) followed by the prefix.
/// </summary>
public sealed class TenantPublicAddresses(TenantRegistry registry, IConfiguration configuration) : ITenantPublicAddresses
{
    public string? PublicRoot(TenantDescriptor tenant)
    {
        if (!string.IsNullOrEmpty(tenant.PublicAddress))
            return tenant.PublicAddress + "/";
        // A tenant on its own host names is not under the head office's address.
        if (tenant.HostNames.Count > 0)
            return null;
        var headOffice = HeadOfficeAddress();
        return headOffice is null ? null : headOffice + tenant.PathBase + "/";
    }

    /// <summary>The head office's public address: the one set in the admin, else the configured one; null when neither.</summary>
    public string? HeadOfficeAddress() =>
        registry.Find(TenantDescriptor.HeadOfficeName)?.PublicAddress is { Length: > 0 } own ? own
        : PublicAddress.Normalize(configuration[PublicAddressCheck.Setting]).Address;
}
