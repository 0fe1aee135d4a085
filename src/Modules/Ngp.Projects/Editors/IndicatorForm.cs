using Ngp.Projects.Parts;

namespace Ngp.Projects.Editors;

/// <summary>An indicator of the road map with its measures, as typed.</summary>
public sealed class IndicatorForm
{
    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Target { get; set; } = "";

    /// <summary><c>higher</c> or <c>lower</c>: which way the indicator gets better.</summary>
    public string Better { get; set; } = Indicator.Higher;

    public List<MeasureForm> Values { get; } = [];
}
