using Ngp.Core.Data;
using Ngp.Core.Mail;

namespace Ngp.Notifications.Sending;

/// <summary>
/// The site's <see cref="IEmailSender"/> (invitations, password resets): the message goes through the outbox like
/// every other, so it is retried, visible in the admin, and never sent inside the web request.
/// </summary>
public sealed class OutboxEmailSender(EmailQueue queue, NgpDbContext db) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, string textBody, CancellationToken ct = default)
    {
        queue.Add(to, null, null, "account", subject, htmlBody, textBody, null, Guid.NewGuid().ToString("N"));
        await db.SaveChangesAsync(ct);
    }
}
