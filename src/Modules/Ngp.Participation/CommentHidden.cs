using Ngp.Core.Outbox;

namespace Ngp.Participation;

public sealed record CommentHidden(string ContentItemId, long CommentId, string Reason) : IDomainEvent;
