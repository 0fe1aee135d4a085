namespace Ngp.Participation.Editors;

/// <summary>An indicator of the road map with its measures, as typed.</summary>
public sealed class IndicatorForm
{
    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Target { get; set; } = "";

    public List<MeasureForm> Values { get; } = [];
}
