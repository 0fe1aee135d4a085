using MimeKit;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>The MIME message of a queued e-mail: both parts, and the one-click unsubscribe headers of RFC 8058 for notices.</summary>
public sealed class EmailComposer(TimeProvider clock)
{
    public MimeMessage Compose(EmailMessage message, string senderName, string senderAddress)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(senderName, senderAddress));
        mime.To.Add(new MailboxAddress(message.RecipientName ?? "", message.Recipient));
        mime.Subject = message.Subject;
        mime.Date = clock.GetUtcNow();
        mime.MessageId = $"ngp.{message.Id}.{message.CreatedUtc.UtcTicks}@{senderAddress.Split('@').Last()}";
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        if (message.UnsubscribeUrl is not null)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{message.UnsubscribeUrl}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }
}
