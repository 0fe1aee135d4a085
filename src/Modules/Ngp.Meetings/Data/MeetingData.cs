using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Accounts;

namespace Ngp.Meetings.Data;

/// <summary>
/// The relational side of a published meeting: when it happens and how many places it has, so that lists, the
/// calendar and the end-of-meeting watcher query dates in SQL, and registrations count against a row that the
/// database updates atomically. Projected from the Meeting content item; the content stays the source of truth.
/// </summary>
public sealed class MeetingEntry
{
    public required string MeetingId { get; set; }

    public required string Title { get; set; }

    public string? Slug { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset StartUtc { get; set; }

    public DateTimeOffset EndUtc { get; set; }

    public string? Place { get; set; }

    public string? OnlineUrl { get; set; }

    /// <summary>Places for registered people; null when the meeting is open to all.</summary>
    public int? Capacity { get; set; }

    /// <summary>People holding a place now; changed only by conditional SQL updates so that concurrent registrations never exceed <see cref="Capacity"/>.</summary>
    public int RegisteredCount { get; set; }

    public string? ProjectId { get; set; }

    [UserId]
    public required string OrganiserId { get; set; }

    public bool Published { get; set; }

    /// <summary>Whether <c>MeetingEnded</c> was raised (once, by whichever node saw the end first).</summary>
    public bool EndRaised { get; set; }

    public DateTimeOffset? ClosedUtc { get; set; }

    public int AnonymousAttendees { get; set; }

    public string? SynthesisId { get; set; }

    public DateTimeOffset? SynthesisPublishedUtc { get; set; }
}

public enum RegistrationStatus
{
    Registered,
    Waiting,
    Cancelled,
}

public sealed class MeetingRegistration
{
    public long Id { get; set; }

    public required string MeetingId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public RegistrationStatus Status { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? PromotedUtc { get; set; }

    public DateTimeOffset? CancelledUtc { get; set; }
}

/// <summary>A person with an account recorded present when the meeting was closed.</summary>
public sealed class MeetingAttendance
{
    public long Id { get; set; }

    public required string MeetingId { get; set; }

    [UserId]
    public required string UserId { get; set; }
}

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
