namespace Ngp.Projects.Editors;

/// <summary>A dated measure of an indicator as typed.</summary>
public sealed class MeasureForm
{
    public string Date { get; set; } = "";

    public string Value { get; set; } = "";
}
