using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Notifications.Data;

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
