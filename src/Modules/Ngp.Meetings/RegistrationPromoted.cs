using Ngp.Core.Outbox;

namespace Ngp.Meetings;

// Each event carries the meeting (or synthesis) as ContentItemId: workflows correlate on it.

/// <summary>A person on the waiting list got a place because someone cancelled.</summary>
public sealed record RegistrationPromoted(string ContentItemId, string UserId) : IDomainEvent;
