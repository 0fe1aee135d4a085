using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>E-mails the sender gave up on (<see cref="EmailStatus.Dead"/>), on the admin home page of who follows the sending.</summary>
public sealed class FailedEmails(NgpDbContext db) : IPendingWork
{
    public int Order => 40;

    public Permission Permission => NotificationPermissions.ManageNotifications;

    public async Task<PendingWork?> CountAsync(CancellationToken ct)
    {
        var count = await db.Set<EmailMessage>().CountAsync(m => m.Status == EmailStatus.Dead, ct);
        return count == 0 ? null : new PendingWork(count, count == 1 ? "e-mail en erreur (abandonné)" : "e-mails en erreur (abandonnés)", "admin/notifications/envoi?statut=Dead");
    }
}
