using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Comments;

/// <summary>
/// Residents comment the type's items. Its settings on a type (<c>{"open":true,"stances":true,"preModeration":false}</c>)
/// are read once, as a <see cref="CommentPolicy"/>; the comments themselves live in the module's tables.
/// </summary>
public sealed class CommentablePart : IContentPart
{
    public const string PartName = "Commentable";

    public string Name => PartName;

    public string DisplayName => "Commentaires";

    public bool HasData => false;

    public IReadOnlyList<PartSetting> Settings { get; } =
    [
        new("open", "Commentaires ouverts (sinon, ceux déjà publiés restent lisibles, sans nouveau commentaire)", true),
        new("stances", "Position (pour, neutre, contre) et proposition des objections", true),
        new("preModeration", "Pré-modération : un nouveau commentaire attend la validation d'un modérateur", false),
    ];

    public IEnumerable<string> CheckSettings(JsonObject? settings) => CommentPolicy.Check(settings);

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}
