namespace Ngp.Projects.Parts;

public sealed record Measure(string Date, double Value);
