namespace Ngp.Participation.Parts;

public sealed record Question(string Id, string Text, string Kind, int? Max, IReadOnlyList<QuestionOption> Options);
