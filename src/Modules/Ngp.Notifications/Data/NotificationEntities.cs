using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Accounts;

namespace Ngp.Notifications.Data;

public enum EmailStatus
{
    Queued = 0,
    Sent = 1,
    Retrying = 2,
    Dead = 3,
}

/// <summary>
/// One e-mail of the tenant's outbox, written in the transaction of the change that causes it and sent later by
/// <see cref="Sending.EmailDispatcher"/>. Instants the sender compares are kept as UTC ticks, which SQLite orders correctly.
/// </summary>
public sealed class EmailMessage
{
    public long Id { get; set; }

    public required string Recipient { get; set; }

    public string? RecipientName { get; set; }

    /// <summary>The account it was written for, if any (lets the outbox page and unsubscribe name the person).</summary>
    [UserId]
    public string? UserId { get; set; }

    /// <summary>Event kind or <c>account</c> (invitations, password resets), <c>digest-daily</c>, <c>test</c>.</summary>
    public required string Kind { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    /// <summary>Absolute one-click unsubscribe address, sent as <c>List-Unsubscribe</c>; null for account e-mails.</summary>
    public string? UnsubscribeUrl { get; set; }

    /// <summary>Unique per recipient: the same key never reaches the same address twice.</summary>
    public required string IdempotencyKey { get; set; }

    public EmailStatus Status { get; set; }

    public int Attempts { get; set; }

    public long NextAttemptTicks { get; set; }

    public string? LastError { get; set; }

    public string? LeaseOwner { get; set; }

    public long LeaseUntilTicks { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? SentUtc { get; set; }
}

/// <summary>What the bell lists: one row per account and notice.</summary>
public sealed class InAppNotification
{
    public long Id { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public required string Event { get; set; }

    public required string Title { get; set; }

    public string? Text { get; set; }

    public string? Url { get; set; }

    public string? ContentItemId { get; set; }

    public required string IdempotencyKey { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? ReadUtc { get; set; }
}

public enum NotificationFrequency
{
    Daily = 0,
    Immediate = 1,
    Weekly = 2,
    None = 3,
}

/// <summary>An account's choice; absent means the default (daily digest).</summary>
public sealed class NotificationPreference
{
    [UserId]
    public required string UserId { get; set; }

    public NotificationFrequency Frequency { get; set; }

    /// <summary>Set by the one-click link of an e-mail; cleared when the person picks a frequency again.</summary>
    public bool Unsubscribed { get; set; }

    /// <summary>Language of the person's e-mails (<c>fr</c>, <c>en</c>): the one they used when they last chose.</summary>
    public string? Culture { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}

/// <summary>A bare address (no account) that used an unsubscribe link: it receives no more notices.</summary>
public sealed class EmailOptOut
{
    public required string Email { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}

/// <summary>An unsubscribe link already used: each link works once.</summary>
public sealed class UsedUnsubscribeLink
{
    public required string Nonce { get; set; }

    public DateTimeOffset UsedUtc { get; set; }
}

/// <summary>A notice waiting for its recipient's daily or weekly digest.</summary>
public sealed class DigestEntry
{
    public long Id { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public NotificationFrequency Frequency { get; set; }

    public required string Event { get; set; }

    public required string Title { get; set; }

    public string? Text { get; set; }

    public string? Url { get; set; }

    public string? ContentItemId { get; set; }

    public required string IdempotencyKey { get; set; }

    public long CreatedTicks { get; set; }

    public long? DigestedTicks { get; set; }
}

/// <summary>The tenant's SMTP server; one row. The password is protected with Data Protection.</summary>
public sealed class SmtpSettingsRecord
{
    public const string SingleId = "smtp";

    public string Id { get; set; } = SingleId;

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.Auto;

    public string? UserName { get; set; }

    public string? ProtectedPassword { get; set; }

    public string? SenderName { get; set; }

    public string? SenderAddress { get; set; }
}

public enum SmtpTlsMode
{
    Auto = 0,
    None = 1,
    StartTls = 2,
    SslOnConnect = 3,
}

/// <summary>A tenant's own version of a template (event kind × language); the embedded default otherwise.</summary>
public sealed class EmailTemplateOverride
{
    public required string Kind { get; set; }

    public required string Culture { get; set; }

    public required string Subject { get; set; }

    public required string Html { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}

internal sealed class NotificationsConfiguration :
    IEntityTypeConfiguration<EmailMessage>,
    IEntityTypeConfiguration<InAppNotification>,
    IEntityTypeConfiguration<NotificationPreference>,
    IEntityTypeConfiguration<EmailOptOut>,
    IEntityTypeConfiguration<UsedUnsubscribeLink>,
    IEntityTypeConfiguration<DigestEntry>,
    IEntityTypeConfiguration<SmtpSettingsRecord>,
    IEntityTypeConfiguration<EmailTemplateOverride>
{
    public void Configure(EntityTypeBuilder<EmailMessage> e)
    {
        e.ToTable("NotificationEmails");
        e.HasKey(m => m.Id);
        e.Property(m => m.Recipient).HasMaxLength(320).IsRequired();
        e.Property(m => m.RecipientName).HasMaxLength(200);
        e.Property(m => m.UserId).HasMaxLength(450);
        e.Property(m => m.Kind).HasMaxLength(100).IsRequired();
        e.Property(m => m.Subject).HasMaxLength(500).IsRequired();
        e.Property(m => m.UnsubscribeUrl).HasMaxLength(2000);
        e.Property(m => m.IdempotencyKey).HasMaxLength(200).IsRequired();
        e.Property(m => m.LastError).HasMaxLength(2000);
        e.Property(m => m.LeaseOwner).HasMaxLength(200);
        e.HasIndex(m => new { m.Recipient, m.IdempotencyKey }).IsUnique();
        e.HasIndex(m => new { m.Status, m.NextAttemptTicks });
    }

    public void Configure(EntityTypeBuilder<InAppNotification> e)
    {
        e.ToTable("Notifications");
        e.HasKey(n => n.Id);
        e.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        e.Property(n => n.Event).HasMaxLength(100).IsRequired();
        e.Property(n => n.Title).HasMaxLength(500).IsRequired();
        e.Property(n => n.Text).HasMaxLength(4000);
        e.Property(n => n.Url).HasMaxLength(2000);
        e.Property(n => n.ContentItemId).HasMaxLength(100);
        e.Property(n => n.IdempotencyKey).HasMaxLength(200).IsRequired();
        e.HasIndex(n => new { n.UserId, n.IdempotencyKey }).IsUnique();
        e.HasIndex(n => new { n.UserId, n.ReadUtc });
    }

    public void Configure(EntityTypeBuilder<NotificationPreference> e)
    {
        e.ToTable("NotificationPreferences");
        e.HasKey(p => p.UserId);
        e.Property(p => p.UserId).HasMaxLength(450);
        e.Property(p => p.Culture).HasMaxLength(10);
    }

    public void Configure(EntityTypeBuilder<EmailOptOut> e)
    {
        e.ToTable("NotificationOptOuts");
        e.HasKey(o => o.Email);
        e.Property(o => o.Email).HasMaxLength(320);
    }

    public void Configure(EntityTypeBuilder<UsedUnsubscribeLink> e)
    {
        e.ToTable("NotificationUsedUnsubscribeLinks");
        e.HasKey(o => o.Nonce);
        e.Property(o => o.Nonce).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<DigestEntry> e)
    {
        e.ToTable("NotificationDigestEntries");
        e.HasKey(d => d.Id);
        e.Property(d => d.UserId).HasMaxLength(450).IsRequired();
        e.Property(d => d.Event).HasMaxLength(100).IsRequired();
        e.Property(d => d.Title).HasMaxLength(500).IsRequired();
        e.Property(d => d.Text).HasMaxLength(4000);
        e.Property(d => d.Url).HasMaxLength(2000);
        e.Property(d => d.ContentItemId).HasMaxLength(100);
        e.Property(d => d.IdempotencyKey).HasMaxLength(200).IsRequired();
        e.HasIndex(d => new { d.UserId, d.IdempotencyKey }).IsUnique();
        e.HasIndex(d => new { d.Frequency, d.DigestedTicks, d.CreatedTicks });
    }

    public void Configure(EntityTypeBuilder<SmtpSettingsRecord> e)
    {
        e.ToTable("NotificationSmtpSettings");
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).HasMaxLength(20);
        e.Property(s => s.Host).HasMaxLength(255);
        e.Property(s => s.UserName).HasMaxLength(255);
        e.Property(s => s.ProtectedPassword).HasMaxLength(4000);
        e.Property(s => s.SenderName).HasMaxLength(200);
        e.Property(s => s.SenderAddress).HasMaxLength(320);
    }

    public void Configure(EntityTypeBuilder<EmailTemplateOverride> e)
    {
        e.ToTable("NotificationTemplates");
        e.HasKey(t => new { t.Kind, t.Culture });
        e.Property(t => t.Kind).HasMaxLength(100);
        e.Property(t => t.Culture).HasMaxLength(10);
        e.Property(t => t.Subject).HasMaxLength(500).IsRequired();
        e.Property(t => t.Html).IsRequired();
        e.Property(t => t.Text).IsRequired();
    }
}
