namespace Ngp.Projects.Parts;

public sealed record Phase(string Key, string Start, string End, string Description, IReadOnlyList<PhaseUpdate> Updates);
