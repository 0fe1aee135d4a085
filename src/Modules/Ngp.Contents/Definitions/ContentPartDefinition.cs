using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Ngp.Contents.Definitions;

public sealed record ContentPartDefinition
{
    public required string Name { get; init; }

    /// <summary>Whether the part must be filled (a Summary may be optional on one type and required on another).</summary>
    public bool Required { get; init; }

    /// <summary>
    /// How the part behaves on this type (comments closed, stances off…), read by the module that owns the part and
    /// checked by it (<see cref="Parts.IContentPart.CheckSettings"/>); none means the part's defaults.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Settings { get; init; }
}
