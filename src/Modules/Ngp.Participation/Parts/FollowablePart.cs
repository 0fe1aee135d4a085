namespace Ngp.Participation.Parts;

public sealed class FollowablePart : MarkerPart
{
    public override string Name => "Followable";

    public override string DisplayName => "Suivi";
}
