using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Ngp.Core.Tenancy;

namespace Ngp.Core.Web;

/// <summary>
/// Where a link or a form may send a person back after signing in or choosing a language: a plain path that the
/// tenant of the request itself serves. Anything else (another agency, another site, a path a browser would read
/// otherwise) gives way to the page's own fallback.
/// </summary>
public sealed class ReturnUrls(ITenantAddresses tenants)
{
    /// <param name="url">A path from the site's root, the agency's prefix included (<c>/grenoble-centre/compte</c>), as the sign-in challenge writes it.</param>
    /// <param name="fallback">Where to go instead, within the tenant.</param>
    public string FromSiteRoot(HttpRequest request, string? url, string fallback)
    {
        if (!IsPlainPath(url))
            return fallback;
        var here = tenants.TenantAt(request.Host, request.PathBase.Add(request.Path));
        var there = tenants.TenantAt(request.Host, new PathString(url.Split('?', '#')[0]));
        return here is not null && here == there ? url : fallback;
    }

    /// <param name="path">A path within the tenant, without its prefix (<c>/reunions/…</c>), as its own pages write it.</param>
    /// <param name="fallback">Where to go instead, within the tenant.</param>
    public string FromTenantRoot(HttpRequest request, string? path, string fallback) =>
        IsPlainPath(path) ? FromSiteRoot(request, request.PathBase + path, fallback) : fallback;

    private static bool IsPlainPath([NotNullWhen(true)] string? url)
    {
        // "//host" and "/\host" lead to another site; browsers also read "\" as "/" and drop tabs and line breaks.
        if (url is not ['/', ..] || url.Length > 2048 || url.StartsWith("//", StringComparison.Ordinal))
            return false;
        if (url.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c)))
            return false;
        // A browser resolves "." and ".." segments (written %2e too), which could climb out of the agency's prefix.
        return !url.Split('?', '#')[0].Split('/').Any(segment => Uri.UnescapeDataString(segment) is "." or "..");
    }
}
