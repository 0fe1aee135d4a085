namespace Ngp.Projects.Editors;

/// <summary>The phases editor's form: the current phase and the three phases, as typed.</summary>
public sealed class PhasesForm
{
    public string Current { get; set; } = "";

    public List<PhaseForm> Phases { get; } = [];
}
