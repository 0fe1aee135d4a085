using Ngp.Core.Outbox;

namespace Ngp.Participation;

public sealed record ConsultationClosed(string ContentItemId, DateTimeOffset? ClosesUtc) : IDomainEvent;
