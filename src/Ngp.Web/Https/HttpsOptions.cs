namespace Ngp.Web.Https;

/// <summary><c>Ngp:Https</c>: what the site tells browsers about HTTPS.</summary>
public sealed class HttpsOptions
{
    /// <summary>Sends <c>Strict-Transport-Security</c> on answers over HTTPS; on by default in Production.</summary>
    public bool Hsts { get; set; }

    public int HstsMaxAgeDays { get; set; } = 365;
}
