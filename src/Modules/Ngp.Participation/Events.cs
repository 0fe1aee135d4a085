using Ngp.Core.Outbox;

namespace Ngp.Participation;

public sealed record CommentPosted(string ContentItemId, long CommentId, long? ParentId, string AuthorId, string Stance, bool Pending) : IDomainEvent;

public sealed record CommentReported(string ContentItemId, long CommentId, string ReporterId, string Reason, int ReportCount) : IDomainEvent;

public sealed record CommentHidden(string ContentItemId, long CommentId, string Reason) : IDomainEvent;

public sealed record VoteCast(string ContentItemId, string QuestionId, string UserId, bool Changed) : IDomainEvent;

public sealed record ConsultationOpened(string ContentItemId, DateTimeOffset? OpensUtc) : IDomainEvent;

public sealed record ConsultationClosed(string ContentItemId, DateTimeOffset? ClosesUtc) : IDomainEvent;

public sealed record ProjectPhaseChanged(string ContentItemId, string? FromPhase, string ToPhase) : IDomainEvent;

public sealed record IndicatorUpdated(string ContentItemId, string Indicator, double? Value) : IDomainEvent;
