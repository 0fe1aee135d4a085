using System.Net.Mail;

namespace Ngp.Core.Web;

/// <summary>
/// The one rule for addresses people give: a web page (absolute http or https, with a host and no user name) or,
/// where an e-mail address is meant, a plain <c>mailto:</c>; never a script, data, relative or other-scheme address.
/// Applied when saving, and again when rendering an <c>href</c>, for data stored before the rule.
/// </summary>
public static class SafeUrl
{
    public const int MaxLength = 2_000;

    /// <summary>The address, normalised for an <c>href</c>, when it is a web page; null otherwise.</summary>
    public static string? Web(string? text) =>
        Parse(text) is { Scheme: "http" or "https" } uri && uri.Host.Length > 0 && uri.UserInfo.Length == 0 ? uri.AbsoluteUri : null;

    /// <summary>A web page, or <c>mailto:</c> with one valid e-mail address (no subject or body); null otherwise.</summary>
    public static string? WebOrMail(string? text)
    {
        if (Web(text) is { } web)
            return web;
        var trimmed = text?.Trim();
        return trimmed is not null && trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? Mail(Uri.UnescapeDataString(trimmed[7..])) : null;
    }

    /// <summary><c>mailto:</c> for the address when it is a valid e-mail address; null otherwise.</summary>
    public static string? Mail(string? email) =>
        email is { Length: > 0 and <= 254 } && !TextInput.HasControlCharacters(email) && MailAddress.TryCreate(email, out var address) && address.Address == email
            ? "mailto:" + email
            : null;

    /// <summary>A path of the site's own media store (<c>media/…</c>, plain characters, no way up); null otherwise.</summary>
    public static string? MediaPath(string? path) =>
        path is not null && path.StartsWith("media/", StringComparison.Ordinal) && !path.Contains("..", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.')
            ? path
            : null;

    /// <summary>« Lien » doit être une adresse web (https://…) ou e-mail (mailto:…).</summary>
    public static string Refusal(string label, bool mailAllowed) =>
        $"« {label} » doit être une adresse web (https://…){(mailAllowed ? " ou e-mail (mailto:…)" : "")}.";

    private static Uri? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || trimmed.Any(char.IsControl))
            return null;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) ? uri : null;
    }
}
