using Ngp.Core.Outbox;

namespace Ngp.Comments;

public sealed record CommentHidden(string ContentItemId, long CommentId, string Reason) : IDomainEvent;
