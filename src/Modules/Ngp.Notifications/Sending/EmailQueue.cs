using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Mail;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>Wakes this process's sender as soon as e-mails are committed, instead of at its next poll.</summary>
public sealed class EmailSignal : Ngp.Core.WakeSignal;

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

public static class EmailQueueServiceExtensions
{
    public static IServiceCollection AddEmailOutbox(this IServiceCollection services)
    {
        services.AddSingleton<EmailSignal>();
        services.AddScoped<EmailQueue>();
        services.AddScoped<DeferredRows>();
        services.AddSingleton<DeferredRowsInterceptor>();
        // The host adds every registered IInterceptor to the tenant contexts.
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<DeferredRowsInterceptor>());
        return services;
    }
}
