using Ngp.Core.Outbox;

namespace Ngp.Meetings;

// Each event carries the meeting (or synthesis) as ContentItemId: workflows correlate on it.

public sealed record MeetingClosed(string ContentItemId, string SynthesisId, int Attendees, int AnonymousAttendees) : IDomainEvent;
