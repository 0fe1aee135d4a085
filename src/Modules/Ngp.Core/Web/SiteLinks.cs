using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Ngp.Core.Tenancy;

namespace Ngp.Core.Web;

/// <summary>
/// Absolute links of the current tenant, for what is read away from the site (e-mails, feeds, calendars, sitemaps):
/// its public address first, so that a forged Host header never reaches a mailbox; else its own host name; only
/// outside Production, the request's address or <c>http://localhost:5000</c>.
/// </summary>
public sealed class SiteLinks(ITenantContext tenantContext, ITenantPublicAddresses addresses, IHttpContextAccessor http, IHostEnvironment environment)
{
    public const string DevelopmentAddress = "http://localhost:5000";

    private string? _root;

    /// <summary>The tenant's root, ending with a slash: <c>https://site/grenoble-centre/</c>.</summary>
    public string Root => _root ??= ComputeRoot();

    /// <summary>An address of the tenant from a path relative to its root, or an absolute web address kept as it is.</summary>
    public string Absolute(string? relativeOrAbsolute)
    {
        if (string.IsNullOrWhiteSpace(relativeOrAbsolute))
            return Root;
        if (SafeUrl.Web(relativeOrAbsolute) is { } absolute)
            return absolute;
        return Root + relativeOrAbsolute.TrimStart('/', '~');
    }

    /// <summary>An address of the tenant from a path as the app's URL helper writes it, the tenant's prefix included.</summary>
    public string FromAppPath(string path)
    {
        var pathBase = tenantContext.Tenant.PathBase;
        var relative = pathBase.Length > 0 && path.StartsWith(pathBase + "/", StringComparison.OrdinalIgnoreCase) ? path[pathBase.Length..] : path;
        return Root + relative.TrimStart('/');
    }

    private string ComputeRoot()
    {
        var tenant = tenantContext.Tenant;
        if (addresses.PublicRoot(tenant) is { } root)
            return root;
        var request = http.HttpContext?.Request;
        if (tenant.HostNames.Count > 0)
        {
            // The host asked resolved to this tenant, so it is one of its own names.
            var asked = request?.Host.Host;
            return asked is not null && tenant.HostNames.Contains(asked, StringComparer.OrdinalIgnoreCase)
                ? $"{request!.Scheme}://{request.Host}{tenant.PathBase}/"
                : tenant.HostNameRoot!;
        }
        if (environment.IsProduction())
            throw new InvalidOperationException(PublicAddressCheck.Missing(tenant.DisplayName));
        if (request is not null && request.Host.HasValue)
            return $"{request.Scheme}://{request.Host}{tenant.PathBase}/";
        return DevelopmentAddress + tenant.PathBase + "/";
    }
}
