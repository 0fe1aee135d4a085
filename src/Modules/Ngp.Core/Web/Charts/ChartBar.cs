namespace Ngp.Core.Web.Charts;

public sealed record ChartBar(string Label, double Value, string ValueText);
