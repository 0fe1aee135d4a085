using Ngp.Core.Outbox;

namespace Ngp.Maintenance.Events;

public sealed record RequestTaken(long RequestId, string Reference, string ResidentId, string AgentId) : IDomainEvent;
