using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using Ngp.Core.Data;
using Ngp.Core.Leasing;
using Ngp.Core.Telemetry;
using Ngp.Core.Tenancy;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>
/// Records what happened to each message of a leased batch, on the batch's own connection. Not cancellable:
/// what the SMTP server accepted must be recorded even when the host is stopping. Each outcome is its own
/// statement (committed at once), so a process that dies mid-batch resends at most the message in flight.
/// </summary>
public sealed class EmailOutcomes(TenantDescriptor tenant, NgpDbContext db, EmailRetryPolicy retries, TimeProvider clock, ILogger logger, NgpMetrics metrics) : IAsyncDisposable
{
    private DbCommand? _sent;
    private DbParameter? _sentId, _sentLease, _sentUtc;
    private IProperty? _sentUtcProperty;

    public async Task SentAsync(EmailMessage message)
    {
        if (_sent is null)
            await PrepareSentAsync();
        RowCommands<EmailMessage>.Set(_sentUtc!, _sentUtcProperty!, clock.GetUtcNow());
        _sentId!.Value = message.Id;
        _sentLease!.Value = message.LeaseOwner;
        if (await _sent!.ExecuteNonQueryAsync(CancellationToken.None) == 0)
            LeaseLost(message);
        else
            metrics.EmailSent(tenant.Name);
    }

    public Task DeadAsync(EmailMessage message, string error)
    {
        logger.LogWarning("E-mail {Id} of tenant {Tenant} refused for good: {Error}", message.Id, tenant.Name, error);
        metrics.EmailDead(tenant.Name);
        var text = Truncate(error);
        return UpdateAsync(message, s => s
            .SetProperty(m => m.Status, EmailStatus.Dead)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.LeaseOwner, (string?)null));
    }

    public Task RetryAsync(EmailMessage message, string error)
    {
        var attempts = message.Attempts + 1;
        var text = Truncate(error);
        if (retries.GivesUpAfter(attempts))
        {
            metrics.EmailDead(tenant.Name);
            return UpdateAsync(message, s => s
                .SetProperty(m => m.Status, EmailStatus.Dead)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, text)
                .SetProperty(m => m.LeaseOwner, (string?)null));
        }
        var next = clock.GetUtcNow().Add(retries.Backoff(attempts)).UtcTicks;
        return UpdateAsync(message, s => s
            .SetProperty(m => m.Status, EmailStatus.Retrying)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptTicks, next)
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.LeaseOwner, (string?)null));
    }

    /// <summary>Gives back what this batch did not get to (stopping), so another process takes it at once.</summary>
    public async Task ReleaseAsync(List<EmailMessage> batch)
    {
        var lease = batch[0].LeaseOwner!;
        var ids = batch.Select(m => m.Id).ToList();
        try
        {
            await db.Set<EmailMessage>().Where(m => ids.Contains(m.Id)).ReleaseLeaseAsync(lease, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The lease expires by itself; another pass or node takes the messages then.
            logger.LogWarning(e, "Could not release e-mail lease {Lease} of tenant {Tenant}", lease, tenant.Name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sent is not null)
        {
            await _sent.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task PrepareSentAsync()
    {
        // Opened through EF so that the connection interceptors (SQLite's busy timeout) apply; kept open for the batch.
        await db.Database.OpenConnectionAsync(CancellationToken.None);
        var rows = new RowCommands<EmailMessage>(db);
        _sent = rows.Command(
            $"UPDATE {rows.Table} SET {rows.Column(nameof(EmailMessage.Status))} = @status, {rows.Column(nameof(EmailMessage.SentUtc))} = @sentUtc, " +
            $"{rows.Column(nameof(EmailMessage.Attempts))} = {rows.Column(nameof(EmailMessage.Attempts))} + 1, {rows.Column(nameof(EmailMessage.LastError))} = NULL, " +
            $"{rows.Column(nameof(EmailMessage.LeaseOwner))} = NULL " +
            $"WHERE {rows.Column(nameof(EmailMessage.Id))} = @id AND {rows.Column(nameof(EmailMessage.LeaseOwner))} = @lease");
        var now = clock.GetUtcNow();
        rows.Parameter(_sent, "@status", rows.Property(nameof(EmailMessage.Status)), EmailStatus.Sent);
        _sentUtcProperty = rows.Property(nameof(EmailMessage.SentUtc));
        _sentUtc = rows.Parameter(_sent, "@sentUtc", _sentUtcProperty, now);
        _sentId = rows.Parameter(_sent, "@id", rows.Property(nameof(EmailMessage.Id)), 0L);
        _sentLease = rows.Parameter(_sent, "@lease", rows.Property(nameof(EmailMessage.LeaseOwner)), "");
        await _sent.PrepareAsync(CancellationToken.None);
    }

    private async Task UpdateAsync(EmailMessage message, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<EmailMessage>> setters)
    {
        var updated = await db.Set<EmailMessage>()
            .Where(m => m.Id == message.Id && m.LeaseOwner == message.LeaseOwner)
            .ExecuteUpdateAsync(setters, CancellationToken.None);
        if (updated == 0)
            LeaseLost(message);
    }

    private void LeaseLost(EmailMessage message) =>
        logger.LogWarning("E-mail {Id} of tenant {Tenant}: lease lost before its outcome was recorded", message.Id, tenant.Name);

    private static string Truncate(string value) => value.Length <= 2000 ? value : value[..2000];
}
