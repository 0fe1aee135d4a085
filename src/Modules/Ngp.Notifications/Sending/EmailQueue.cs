using Ngp.Core.Data;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>
/// Adds e-mails to the tenant's outbox in the current unit of work; the caller's SaveChanges writes them in its
/// transaction (<see cref="DeferredRows"/>). The message returned has no id before that save.
/// </summary>
public sealed class EmailQueue(NgpDbContext db, DeferredRows rows, TimeProvider clock, EmailSignal signal, Ngp.Core.Tenancy.ITenantContext tenant, Ngp.Core.Telemetry.NgpMetrics metrics)
{
    private bool _listening;

    public EmailMessage Add(string recipient, string? recipientName, string? userId, string kind, string subject, string html, string text, string? unsubscribeUrl, string idempotencyKey)
    {
        Listen();
        var now = clock.GetUtcNow();
        var message = new EmailMessage
        {
            Recipient = recipient.Trim(),
            RecipientName = recipientName,
            UserId = userId,
            Kind = kind,
            Subject = subject,
            HtmlBody = html,
            TextBody = text,
            UnsubscribeUrl = unsubscribeUrl,
            IdempotencyKey = idempotencyKey,
            Status = EmailStatus.Queued,
            NextAttemptTicks = now.UtcTicks,
            CreatedUtc = now,
        };
        rows.Add(message);
        metrics.EmailQueued(tenant.Tenant.Name);
        return message;
    }

    private void Listen()
    {
        if (_listening)
            return;
        _listening = true;
        db.SavedChanges += (_, _) =>
        {
            if (db.Database.CurrentTransaction is null)
                signal.Pulse();
        };
    }
}
