using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Follows;

/// <summary>People can follow the type's items (the « Suivre » button, automatic follows): only a type with this part can be followed.</summary>
public sealed class FollowablePart : IContentPart
{
    public const string PartName = "Followable";

    public string Name => PartName;

    public string DisplayName => "Suivi";

    public bool HasData => false;

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}
