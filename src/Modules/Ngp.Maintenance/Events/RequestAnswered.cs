using Ngp.Core.Outbox;

namespace Ngp.Maintenance.Events;

/// <summary>A message was added to a request, by the agency (FromStaff) or by the resident.</summary>
public sealed record RequestAnswered(long RequestId, string Reference, string ResidentId, string AuthorId, bool FromStaff) : IDomainEvent;
