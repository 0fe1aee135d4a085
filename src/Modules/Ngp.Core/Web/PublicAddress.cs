using System.Net;

namespace Ngp.Core.Web;

/// <summary>The rules of a public address: an absolute http or https address with no query, fragment or credentials.</summary>
public static class PublicAddress
{
    public const string Example = "https://participation.example.org";

    /// <summary>The address as it is kept (lower-case scheme and host, no trailing slash), or the French reason it is refused.</summary>
    public static (string? Address, string? Error) Normalize(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            return (null, null);
        if (trimmed.Length > 300
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return (null, $"L'adresse publique doit être une adresse web complète, sans paramètres, par exemple {Example}.");
        return (uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), null);
    }

    /// <summary>True when the address leads back to the machine that reads it (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.IsLoopback
            || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))));
}
