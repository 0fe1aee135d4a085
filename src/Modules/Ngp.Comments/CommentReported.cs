using Ngp.Core.Outbox;

namespace Ngp.Comments;

public sealed record CommentReported(string ContentItemId, long CommentId, string ReporterId, string Reason, int ReportCount) : IDomainEvent;
