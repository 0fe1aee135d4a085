namespace Ngp.Participation.Parts;

public sealed record PhaseUpdate(string Date, string Text);
