namespace Ngp.Participation.Parts;

public sealed class CommentablePart : MarkerPart
{
    public override string Name => "Commentable";

    public override string DisplayName => "Commentaires";
}
