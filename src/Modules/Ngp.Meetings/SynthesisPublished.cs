using Ngp.Core.Outbox;

namespace Ngp.Meetings;

// Each event carries the meeting (or synthesis) as ContentItemId: workflows correlate on it.

public sealed record SynthesisPublished(string ContentItemId, string MeetingId, string? ProjectId, string Title) : IDomainEvent;
