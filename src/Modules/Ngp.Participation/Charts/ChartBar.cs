namespace Ngp.Participation.Charts;

public sealed record ChartBar(string Label, double Value, string ValueText);
