namespace Ngp.Projects.Editors;

/// <summary>One phase (before, during or after the works) as typed in the phases editor.</summary>
public sealed class PhaseForm
{
    public required string Key { get; init; }

    public string Start { get; set; } = "";

    public string End { get; set; } = "";

    public string Description { get; set; } = "";

    public List<PhaseUpdateForm> Updates { get; } = [];
}
