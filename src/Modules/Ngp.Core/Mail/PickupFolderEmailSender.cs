using MimeKit;
using Ngp.Core.Tenancy;

namespace Ngp.Core.Mail;

/// <summary>
/// Development default: every message becomes an <c>.eml</c> file in <c>App_Data/Sites/&lt;tenant&gt;/mail/</c>,
/// so the site runs with nothing but the SDK. The notifications module replaces it with an SMTP outbox.
/// </summary>
public sealed class PickupFolderEmailSender(ITenantContext tenantContext, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, string textBody, CancellationToken ct = default)
    {
        var tenant = tenantContext.Tenant;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(tenant.DisplayName, $"ne-pas-repondre@{tenant.Name}.ngp.local"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Date = clock.GetUtcNow();
        message.Body = new BodyBuilder { HtmlBody = htmlBody, TextBody = textBody }.ToMessageBody();

        var folder = Path.Combine(tenant.DataFolder, "mail");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(file, ct);
    }
}
