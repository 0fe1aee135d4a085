namespace Ngp.Core.Mail;

/// <summary>Sends the e-mails a module composes (account confirmation, password reset, invitations).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, string textBody, CancellationToken ct = default);
}
