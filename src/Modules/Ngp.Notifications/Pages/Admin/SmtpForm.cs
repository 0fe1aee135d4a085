using Ngp.Notifications.Data;

namespace Ngp.Notifications.Pages.Admin;

public sealed class SmtpForm
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool ClearPassword { get; set; }

    public string? SenderName { get; set; }

    public string? SenderAddress { get; set; }
}
