using Ngp.Core.Outbox;

namespace Ngp.Participation;

public sealed record VoteCast(string ContentItemId, string QuestionId, string UserId, bool Changed) : IDomainEvent;
