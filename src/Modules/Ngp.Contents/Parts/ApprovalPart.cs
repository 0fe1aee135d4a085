using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Parts;

/// <summary>Approval before publishing: holds the reviewer's comment when an item is sent back.</summary>
public sealed class ApprovalPart : IContentPart
{
    public string Name => "Approval";

    public string DisplayName => "Validation avant publication";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) =>
        new() { ["comment"] = JsonRead.Text(input, "comment") };
}
