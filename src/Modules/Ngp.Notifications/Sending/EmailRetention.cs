using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>
/// Keeps sent e-mails as delivery history only: after <see cref="NotificationOptions.SentEmailRetention"/> a sent
/// message loses its bodies (password-reset links, names, the text of notices) and its unsubscribe link, and the
/// digest entries already sent in a digest are deleted. Recipient, subject, kind, status and dates stay for the
/// outbox page. Dead messages keep their bodies until someone retries or the account is deleted: a retry sends them.
/// </summary>
public sealed class EmailRetention(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<EmailRetention> logger)
    // System clock for the interval: a test moving its own clock calls RunOnceAsync itself.
    : PeriodicTenantJob(tenants, TimeProvider.System, logger)
{
    protected override TimeSpan Interval => options.Value.RetentionInterval;

    protected override string Description => "Dropping the bodies of old sent e-mails";

    protected override bool Enabled => options.Value.Enabled;

    protected override bool RunsAtStart => false;

    /// <summary>Empties the sent e-mails past the retention and deletes old digested entries; returns the rows changed.</summary>
    public override async Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var before = clock.GetUtcNow() - options.Value.SentEmailRetention;
        var beforeTicks = before.UtcTicks;
        var emptied = await db.Set<EmailMessage>()
            .Where(m => m.Status == EmailStatus.Sent && m.SentUtc < before && (m.HtmlBody != "" || m.TextBody != "" || m.UnsubscribeUrl != null))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.HtmlBody, string.Empty)
                .SetProperty(m => m.TextBody, string.Empty)
                .SetProperty(m => m.UnsubscribeUrl, (string?)null), ct);
        var digested = await db.Set<DigestEntry>().Where(d => d.DigestedTicks < beforeTicks).ExecuteDeleteAsync(ct);
        if (emptied + digested > 0)
            logger.LogInformation("Dropped the bodies of {Emails} sent e-mails and {Entries} digested entries of tenant {Tenant}", emptied, digested, tenant.Name);
        return emptied + digested;
    }
}
