using Ngp.Core.Outbox;

namespace Ngp.Participation;

public sealed record CommentReported(string ContentItemId, long CommentId, string ReporterId, string Reason, int ReportCount) : IDomainEvent;
