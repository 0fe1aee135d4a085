using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Fields;

public sealed class BooleanField : IContentFieldType
{
    public string Type => "Boolean";

    public string DisplayName => "Case à cocher (oui / non)";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors) => value switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s is "true" or "on" or "1",
        _ => false,
    };
}
