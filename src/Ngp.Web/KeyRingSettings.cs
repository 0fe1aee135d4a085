namespace Ngp.Web;

/// <summary>
/// The <c>Ngp:DataProtection</c> settings: how the data-protection key ring (<c>keys/</c> in the data folder, or the host
/// database on PostgreSQL) is kept
/// encrypted at rest. Its keys protect API tokens, password-reset and unsubscribe links, and the SMTP passwords.
/// </summary>
public sealed class KeyRingSettings
{
    public const string Section = "Ngp:DataProtection";

    /// <summary>A PKCS#12 file (.pfx) whose certificate encrypts each key as it is written; its private key decrypts them.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Lets the Production environment start with keys written in clear (file permissions as the only guard).</summary>
    public bool AllowUnprotectedKeys { get; set; }
}
