using Ngp.Core.Outbox;

namespace Ngp.Comments;

public sealed record CommentPosted(string ContentItemId, long CommentId, long? ParentId, string AuthorId, string Stance, bool Pending) : IDomainEvent;
