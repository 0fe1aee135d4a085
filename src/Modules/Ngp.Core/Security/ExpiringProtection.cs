using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Ngp.Core.Security;

/// <summary>
/// Protects a payload that expires, with the expiry judged against the injected clock: the framework's
/// time-limited protector reads the system clock, a second clock for one rule (docs/architecture.md, principle 8). The bytes
/// are those of the framework's protector (its purpose, the expiry's ticks big-endian, then the payload), so a
/// token issued before stays readable.
/// </summary>
public static class ExpiringProtection
{
    private const string Purpose = "Microsoft.AspNetCore.DataProtection.TimeLimitedDataProtector.v1";

    public static string Protect(this IDataProtector protector, string payload, DateTimeOffset expiresUtc)
    {
        var text = Encoding.UTF8.GetBytes(payload);
        var plain = new byte[sizeof(ulong) + text.Length];
        BinaryPrimitives.WriteUInt64BigEndian(plain, (ulong)expiresUtc.UtcTicks);
        text.CopyTo(plain, sizeof(ulong));
        return WebEncoders.Base64UrlEncode(protector.CreateProtector(Purpose).Protect(plain));
    }

    /// <summary>The payload of a token this protector made, when it is intact and its expiry is after <paramref name="nowUtc"/>.</summary>
    public static bool TryUnprotect(this IDataProtector protector, string? token, DateTimeOffset nowUtc, out string payload, out DateTimeOffset expiresUtc)
    {
        payload = "";
        expiresUtc = default;
        if (string.IsNullOrEmpty(token))
            return false;
        byte[] plain;
        try
        {
            plain = protector.CreateProtector(Purpose).Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
        if (plain.Length < sizeof(ulong))
            return false;
        var ticks = BinaryPrimitives.ReadUInt64BigEndian(plain);
        if (ticks > (ulong)DateTimeOffset.MaxValue.UtcTicks)
            return false;
        expiresUtc = new DateTimeOffset((long)ticks, TimeSpan.Zero);
        if (expiresUtc <= nowUtc)
            return false;
        try
        {
            payload = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(plain, sizeof(ulong), plain.Length - sizeof(ulong));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        return true;
    }
}
