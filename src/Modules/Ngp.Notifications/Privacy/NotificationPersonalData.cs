using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Privacy;

/// <summary>
/// The notification settings and in-app notifications of the account's export, and their erasure: preferences and
/// unsubscribe state, in-app notifications, digest entries waiting, and every e-mail to the person not yet sent.
/// Sent e-mails stay as rows (the administrator's delivery history and the idempotency keys that stop a resend)
/// but lose everything that identifies the person or says what they were told: address, name, bodies, the
/// signed unsubscribe link and the SMTP error (which often quotes the address). The subject is kept: it is the
/// notice's title (a content item's), the same for every recipient.
/// </summary>
public sealed class NotificationPersonalData(NgpDbContext db, UnreadCounts counts, Ngp.Core.Tenancy.ITenantContext tenant) : IPersonalDataContributor
{
    public string Name => "notifications";

    public IReadOnlyCollection<Type> Entities => [typeof(NotificationPreference), typeof(InAppNotification), typeof(DigestEntry), typeof(EmailMessage)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var preference = await db.Set<NotificationPreference>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        var inApp = await db.Set<InAppNotification>().AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id)
            .Select(n => new { n.Event, n.Title, n.Text, n.Url, n.CreatedUtc, n.ReadUtc })
            .ToListAsync(ct);
        return new
        {
            settings = new
            {
                frequency = Frequencies.Name(preference?.Frequency ?? NotificationFrequency.Daily),
                unsubscribed = preference?.Unsubscribed ?? false,
                culture = preference?.Culture,
                updatedUtc = preference?.UpdatedUtc,
            },
            inApp = inApp.Select(n => new { @event = n.Event, title = n.Title, text = n.Text, url = n.Url, createdUtc = n.CreatedUtc, readUtc = n.ReadUtc }),
        };
    }

    public async Task EraseAsync(UserDeleted deleted, CancellationToken ct)
    {
        var userId = deleted.UserId;
        await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Set<InAppNotification>().Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        counts.Changed(tenant.Tenant.Name, userId);
        await db.Set<DigestEntry>().Where(d => d.UserId == userId).ExecuteDeleteAsync(ct);

        // Account e-mails (invitation, password reset) and notices sent to a bare address carry no user id: the
        // person's address is found among the distinct recipients by its hash, as the event carries no address.
        var anonymous = await db.Set<EmailMessage>().Where(m => m.UserId == null).Select(m => m.Recipient).Distinct().ToListAsync(ct);
        var addresses = anonymous.Where(a => UserDeleted.HashEmail(a) == deleted.EmailHash).ToList();
        var optOuts = await db.Set<EmailOptOut>().Select(o => o.Email).ToListAsync(ct);
        var optedOut = optOuts.Where(a => UserDeleted.HashEmail(a) == deleted.EmailHash).ToList();
        await db.Set<EmailOptOut>().Where(o => optedOut.Contains(o.Email)).ExecuteDeleteAsync(ct);

        var theirs = db.Set<EmailMessage>().Where(m => m.UserId == userId || (m.UserId == null && addresses.Contains(m.Recipient)));
        await theirs.Where(m => m.Status != EmailStatus.Sent).ExecuteDeleteAsync(ct);
        // The erased address is replaced by a per-row placeholder so the (Recipient, IdempotencyKey) index stays unique.
        await theirs.Where(m => m.Status == EmailStatus.Sent).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Recipient, m => "effacé-" + m.Id)
            .SetProperty(m => m.RecipientName, (string?)null)
            .SetProperty(m => m.UserId, (string?)null)
            .SetProperty(m => m.HtmlBody, string.Empty)
            .SetProperty(m => m.TextBody, string.Empty)
            .SetProperty(m => m.UnsubscribeUrl, (string?)null)
            .SetProperty(m => m.LastError, (string?)null), ct);
    }
}
