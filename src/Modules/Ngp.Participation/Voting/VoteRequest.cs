namespace Ngp.Participation.Voting;

public sealed record VoteRequest(string? QuestionId, IReadOnlyList<string>? OptionIds);
