using Ngp.Core.Outbox;

namespace Ngp.Meetings;

// Each event carries the meeting (or synthesis) as ContentItemId: workflows correlate on it.

public sealed record MeetingPublished(string ContentItemId, string Title, DateTimeOffset StartUtc, DateTimeOffset EndUtc) : IDomainEvent;

public sealed record RegistrationCreated(string ContentItemId, string UserId, bool Waiting) : IDomainEvent;

public sealed record RegistrationCancelled(string ContentItemId, string UserId) : IDomainEvent;

/// <summary>A person on the waiting list got a place because someone cancelled.</summary>
public sealed record RegistrationPromoted(string ContentItemId, string UserId) : IDomainEvent;

public sealed record MeetingEnded(string ContentItemId, string OrganiserId, DateTimeOffset EndUtc) : IDomainEvent;

public sealed record MeetingClosed(string ContentItemId, string SynthesisId, int Attendees, int AnonymousAttendees) : IDomainEvent;

public sealed record SynthesisPublished(string ContentItemId, string MeetingId, string? ProjectId, string Title) : IDomainEvent;
