namespace Ngp.Participation.Parts;

public sealed class ReportablePart : MarkerPart
{
    public override string Name => "Reportable";

    public override string DisplayName => "Signalement des commentaires";
}
