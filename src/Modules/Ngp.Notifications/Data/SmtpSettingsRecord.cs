namespace Ngp.Notifications.Data;

/// <summary>The tenant's SMTP server; one row. The password is protected with Data Protection.</summary>
public sealed class SmtpSettingsRecord
{
    public const string SingleId = "smtp";

    public string Id { get; set; } = SingleId;

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.Auto;

    public string? UserName { get; set; }

    public string? ProtectedPassword { get; set; }

    public string? SenderName { get; set; }

    public string? SenderAddress { get; set; }
}
