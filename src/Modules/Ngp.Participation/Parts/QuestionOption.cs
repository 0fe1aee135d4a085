namespace Ngp.Participation.Parts;

public sealed record QuestionOption(string Id, string Text);
