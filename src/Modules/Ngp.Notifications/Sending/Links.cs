using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;

namespace Ngp.Notifications.Sending;

/// <summary>
/// Absolute links of the tenant in e-mails: from the request when there is one, else from
/// <c>Ngp:Notifications:PublicBaseUrl</c> (background jobs, workflows).
/// </summary>
public sealed class SiteLinks(ITenantContext tenantContext, IHttpContextAccessor http, IOptions<NotificationOptions> options)
{
    private string? _root;

    /// <summary>The tenant's root, ending with a slash: <c>https://site/grenoble-centre/</c>.</summary>
    public string Root => _root ??= ComputeRoot();

    public string Absolute(string? relativeOrAbsolute)
    {
        if (string.IsNullOrWhiteSpace(relativeOrAbsolute))
            return Root;
        if (Uri.TryCreate(relativeOrAbsolute, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            return absolute.ToString();
        return Root + relativeOrAbsolute.TrimStart('/', '~');
    }

    private string ComputeRoot()
    {
        var request = http.HttpContext?.Request;
        if (request is not null && request.Host.HasValue)
            return $"{request.Scheme}://{request.Host}{tenantContext.Tenant.PathBase}/";
        var configured = options.Value.PublicBaseUrl;
        var baseUrl = string.IsNullOrWhiteSpace(configured) ? "http://localhost:5000" : configured.TrimEnd('/');
        return baseUrl + tenantContext.Tenant.PathBase + "/";
    }
}

/// <summary>Who an unsubscribe link is for: an account, or a bare address.</summary>
public sealed record UnsubscribeTarget(string? UserId, string? Email, string Nonce);

/// <summary>
/// Signed one-click unsubscribe links: protected with Data Protection under a purpose naming the tenant, so a
/// link neither can be forged nor works in another agency; each carries a nonce and works once.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, ITenantContext tenantContext, SiteLinks links)
{
    public const string Path = "notifications/desabonnement";

    private IDataProtector? _protector;

    private IDataProtector Protector => _protector ??= protection.CreateProtector("Ngp.Notifications.Unsubscribe", tenantContext.Tenant.Name);

    public string UrlFor(string? userId, string? email)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var payload = userId is not null ? $"u\n{userId}\n{nonce}" : $"e\n{email}\n{nonce}";
        var token = WebEncoders.Base64UrlEncode(Protector.Protect(Encoding.UTF8.GetBytes(payload)));
        return links.Absolute($"{Path}?jeton={token}");
    }

    public UnsubscribeTarget? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
            return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
            if (parts.Length != 3)
                return null;
            return parts[0] == "u" ? new UnsubscribeTarget(parts[1], null, parts[2]) : new UnsubscribeTarget(null, parts[1], parts[2]);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
