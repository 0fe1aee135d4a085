namespace Ngp.Projects.Parts;

public sealed record PhaseUpdate(string Date, string Text);
