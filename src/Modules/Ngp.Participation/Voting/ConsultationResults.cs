namespace Ngp.Participation.Voting;

public sealed record ConsultationResults(string ContentItemId, string Title, bool Closed, int Voters, IReadOnlyList<QuestionResult> Questions);
