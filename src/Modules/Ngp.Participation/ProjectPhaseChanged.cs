using Ngp.Core.Outbox;

namespace Ngp.Participation;

public sealed record ProjectPhaseChanged(string ContentItemId, string? FromPhase, string ToPhase) : IDomainEvent;
