namespace Ngp.Participation.Voting;

/// <summary>A question's counts; of its answers, <paramref name="ByLetter"/> came through a letter's code, <paramref name="AtDesk"/> were recorded by staff.</summary>
public sealed record QuestionResult(string Id, string Text, string Kind, int Voters, IReadOnlyList<OptionResult> Options, int ByLetter = 0, int AtDesk = 0);
