namespace Ngp.Participation.Voting;

public sealed record WrittenVote(long VoteId, bool Changed);
