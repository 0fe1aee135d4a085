using Ngp.Core.Outbox;

namespace Ngp.Projects;

public sealed record ProjectPhaseChanged(string ContentItemId, string? FromPhase, string ToPhase) : IDomainEvent;
