namespace Ngp.Participation.Parts;

public sealed class VotablePart : MarkerPart
{
    public override string Name => "Votable";

    public override string DisplayName => "Votes";
}
