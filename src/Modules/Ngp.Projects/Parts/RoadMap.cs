namespace Ngp.Projects.Parts;

public sealed record RoadMap(IReadOnlyList<Stakeholder> Stakeholders, string Dialogue, IReadOnlyList<string> Objectives, IReadOnlyList<Indicator> Indicators);
