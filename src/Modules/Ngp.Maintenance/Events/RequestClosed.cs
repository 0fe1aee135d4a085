using Ngp.Core.Outbox;

namespace Ngp.Maintenance.Events;

public sealed record RequestClosed(long RequestId, string Reference, string ResidentId, string AgentId, bool Late) : IDomainEvent;
