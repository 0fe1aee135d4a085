namespace Ngp.Notifications.Data;

public enum SmtpTlsMode
{
    Auto = 0,
    None = 1,
    StartTls = 2,
    SslOnConnect = 3,
}
