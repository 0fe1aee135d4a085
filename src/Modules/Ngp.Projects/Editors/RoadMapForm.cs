namespace Ngp.Projects.Editors;

/// <summary>The road map editor's form: stakeholders, dialogue, objectives and indicators, as typed.</summary>
public sealed class RoadMapForm
{
    public List<StakeholderForm> Stakeholders { get; } = [];

    public string Dialogue { get; set; } = "";

    public List<ObjectiveForm> Objectives { get; } = [];

    public List<IndicatorForm> Indicators { get; } = [];
}
