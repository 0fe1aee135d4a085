using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Meetings.Data;

public sealed class MeetingConfiguration :
    IEntityTypeConfiguration<MeetingEntry>, IEntityTypeConfiguration<MeetingRegistration>, IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingEntry> e)
    {
        e.ToTable("Meetings");
        e.HasKey(m => m.MeetingId);
        e.Property(m => m.MeetingId).HasMaxLength(32);
        e.Property(m => m.Title).HasMaxLength(200);
        e.Property(m => m.Slug).HasMaxLength(120);
        e.Property(m => m.Kind).HasMaxLength(60);
        e.Property(m => m.Place).HasMaxLength(300);
        e.Property(m => m.OnlineUrl).HasMaxLength(500);
        e.Property(m => m.ProjectId).HasMaxLength(64);
        e.Property(m => m.OrganiserId).HasMaxLength(450);
        e.Property(m => m.SynthesisId).HasMaxLength(32);
        e.HasIndex(m => new { m.Published, m.StartUtc });
        e.HasIndex(m => new { m.EndRaised, m.EndUtc });
        e.HasIndex(m => m.ProjectId);
    }

    public void Configure(EntityTypeBuilder<MeetingRegistration> e)
    {
        e.ToTable("MeetingRegistrations");
        e.Property(r => r.MeetingId).HasMaxLength(32);
        e.Property(r => r.UserId).HasMaxLength(450);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        // One live registration per person and meeting: a second click, or two at once, cannot make two.
        e.HasIndex(r => new { r.MeetingId, r.UserId }).IsUnique().HasFilter("\"Status\" <> 'Cancelled'");
        // The waiting list moves up in order of arrival, which is the order of ids.
        e.HasIndex(r => new { r.MeetingId, r.Status, r.Id });
        e.HasIndex(r => r.UserId);
    }

    public void Configure(EntityTypeBuilder<MeetingAttendance> e)
    {
        e.ToTable("MeetingAttendances");
        e.Property(a => a.MeetingId).HasMaxLength(32);
        e.Property(a => a.UserId).HasMaxLength(450);
        e.HasIndex(a => new { a.MeetingId, a.UserId }).IsUnique();
    }
}
