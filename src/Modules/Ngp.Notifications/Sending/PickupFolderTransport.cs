using Ngp.Core.Tenancy;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>Without an SMTP server, writes each message as an .eml file in the tenant's <c>mail</c> folder.</summary>
public sealed class PickupFolderTransport(EmailComposer composer)
{
    public async Task<int> DeliverAsync(TenantDescriptor tenant, List<EmailMessage> batch, EmailOutcomes outcomes, CancellationToken ct)
    {
        var folder = Path.Combine(tenant.DataFolder, "mail");
        Directory.CreateDirectory(folder);
        var accepted = 0;
        foreach (var message in batch)
        {
            if (ct.IsCancellationRequested)
                break;
            // The name comes from the message, so writing it again after a crash replaces the file: no duplicate.
            var file = Path.Combine(folder, $"{message.CreatedUtc.UtcDateTime:yyyyMMddHHmmssfff}-{message.Id:D10}.eml");
            var temporary = file + ".tmp";
            await composer.Compose(message, tenant.DisplayName, $"ne-pas-repondre@{tenant.Name}.ngp.local").WriteToAsync(temporary, CancellationToken.None);
            File.Move(temporary, file, overwrite: true);
            await outcomes.SentAsync(message);
            accepted++;
        }
        return accepted;
    }
}
