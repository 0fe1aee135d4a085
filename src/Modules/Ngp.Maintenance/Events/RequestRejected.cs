using Ngp.Core.Outbox;

namespace Ngp.Maintenance.Events;

public sealed record RequestRejected(long RequestId, string Reference, string ResidentId, string AgentId, string Reason) : IDomainEvent;
