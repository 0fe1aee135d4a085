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
