using Ngp.Core.Outbox;

namespace Ngp.Maintenance.Events;

public sealed record RequestMeTooAdded(long RequestId, string Reference, string Building, int MeTooCount) : IDomainEvent;
