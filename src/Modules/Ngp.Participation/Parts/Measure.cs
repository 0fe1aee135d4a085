namespace Ngp.Participation.Parts;

public sealed record Measure(string Date, double Value);
