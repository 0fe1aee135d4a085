using Ngp.Core.Outbox;

namespace Ngp.Participation;

public sealed record ConsultationOpened(string ContentItemId, DateTimeOffset? OpensUtc) : IDomainEvent;
