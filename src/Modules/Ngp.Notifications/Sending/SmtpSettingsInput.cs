using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>What the admin form edits; an empty password keeps the stored one.</summary>
public sealed record SmtpSettingsInput(string? Host, int Port, SmtpTlsMode TlsMode, string? UserName, string? Password, string? SenderName, string? SenderAddress, bool ClearPassword = false);
