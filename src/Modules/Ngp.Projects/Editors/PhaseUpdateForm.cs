namespace Ngp.Projects.Editors;

/// <summary>A dated update of a phase as typed.</summary>
public sealed class PhaseUpdateForm
{
    public string Date { get; set; } = "";

    public string Text { get; set; } = "";
}
