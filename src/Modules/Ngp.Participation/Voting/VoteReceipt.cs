namespace Ngp.Participation.Voting;

public sealed record VoteReceipt(long VoteId, string QuestionId, IReadOnlyList<string> OptionIds, bool Changed);
