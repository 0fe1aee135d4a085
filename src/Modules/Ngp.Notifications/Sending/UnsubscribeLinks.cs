using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;

namespace Ngp.Notifications.Sending;

/// <summary>
/// Signed one-click unsubscribe links: neither forgeable nor readable, valid in one agency only, each carrying a nonce
/// so that it works once. The person (account id or address) and the nonce are sealed with AES-GCM under a random key
/// drawn once per scope (a request, a job); that key travels in the link protected with Data Protection under a purpose
/// naming the tenant, so that a notice's thousands of links cost one key derivation (docs/decisions/0001-notice-fan-out.md).
/// Links of the earlier form (the payload protected with Data Protection) are still read.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, ITenantContext tenantContext, SiteLinks links)
{
    public const string Path = "notifications/desabonnement";

    private const string Sealed = "2.";
    private const int NonceSize = 12, TagSize = 16;

    private IDataProtector? _protector;
    private byte[]? _key;
    private string? _protectedKey;
    private byte[]? _associated;

    private IDataProtector Protector => _protector ??= protection.CreateProtector("Ngp.Notifications.Unsubscribe", tenantContext.Tenant.Name);

    public string UrlFor(string? userId, string? email)
    {
        if (_key is null)
        {
            _key = RandomNumberGenerator.GetBytes(32);
            _protectedKey = WebEncoders.Base64UrlEncode(Protector.Protect(_key));
        }
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var payload = Encoding.UTF8.GetBytes(userId is not null ? $"u\n{userId}\n{nonce}" : $"e\n{email}\n{nonce}");
        var box = new byte[NonceSize + payload.Length + TagSize];
        RandomNumberGenerator.Fill(box.AsSpan(0, NonceSize));
        using (var aes = new AesGcm(_key, TagSize))
            aes.Encrypt(box.AsSpan(0, NonceSize), payload, box.AsSpan(NonceSize, payload.Length), box.AsSpan(NonceSize + payload.Length), Associated);
        return links.Absolute($"{Path}?jeton={Sealed}{_protectedKey}.{WebEncoders.Base64UrlEncode(box)}");
    }

    public UnsubscribeTarget? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
            return null;
        try
        {
            var parts = Encoding.UTF8.GetString(token.StartsWith(Sealed, StringComparison.Ordinal) ? Open(token[Sealed.Length..]) : Protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
            if (parts.Length != 3)
                return null;
            return parts[0] == "u" ? new UnsubscribeTarget(parts[1], null, parts[2]) : new UnsubscribeTarget(null, parts[1], parts[2]);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    // Binds the sealed payload to its purpose and agency, as the Data Protection purpose binds the key.
    private byte[] Associated => _associated ??= Encoding.UTF8.GetBytes("Ngp.Notifications.Unsubscribe\n" + tenantContext.Tenant.Name);

    private byte[] Open(string sealedToken)
    {
        var dot = sealedToken.IndexOf('.');
        if (dot < 0)
            throw new FormatException("No sealed payload.");
        var key = Protector.Unprotect(WebEncoders.Base64UrlDecode(sealedToken[..dot]));
        var box = WebEncoders.Base64UrlDecode(sealedToken[(dot + 1)..]);
        if (key.Length != 32 || box.Length < NonceSize + TagSize)
            throw new FormatException("Malformed sealed payload.");
        var payload = new byte[box.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(box.AsSpan(0, NonceSize), box.AsSpan(NonceSize, payload.Length), box.AsSpan(NonceSize + payload.Length), payload, Associated);
        return payload;
    }
}
