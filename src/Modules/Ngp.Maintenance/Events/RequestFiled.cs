using Ngp.Core.Outbox;

namespace Ngp.Maintenance.Events;

// Each event names the request by its id and reference; workflows correlate on RequestId.

public sealed record RequestFiled(long RequestId, string Reference, string Building, string Category, string Location, string Urgency, string ResidentId, DateTimeOffset DueUtc) : IDomainEvent;
