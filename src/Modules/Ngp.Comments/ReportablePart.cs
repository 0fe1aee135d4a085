using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Comments;

/// <summary>The comments of the type's items can be reported to the moderators (<see cref="CommentPolicy.Reportable"/>); without it, reports are refused.</summary>
public sealed class ReportablePart : IContentPart
{
    public const string PartName = "Reportable";

    public string Name => PartName;

    public string DisplayName => "Signalement des commentaires";

    public bool HasData => false;

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}
