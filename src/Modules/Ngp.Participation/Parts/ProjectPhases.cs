namespace Ngp.Participation.Parts;

public sealed record ProjectPhases(string? Current, IReadOnlyList<Phase> Phases);
