using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>The SMTP server a tenant's e-mails go through, password in clear (only ever in memory).</summary>
public sealed record SmtpEndpoint(string Host, int Port, SmtpTlsMode TlsMode, string? UserName, string? Password, string SenderName, string SenderAddress, string Origin);
