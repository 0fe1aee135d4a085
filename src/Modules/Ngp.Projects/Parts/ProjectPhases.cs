namespace Ngp.Projects.Parts;

public sealed record ProjectPhases(string? Current, IReadOnlyList<Phase> Phases);
