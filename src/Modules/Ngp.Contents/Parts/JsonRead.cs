using System.Text.Json.Nodes;

namespace Ngp.Contents.Parts;

/// <summary>Reading helpers shared by parts and fields.</summary>
internal static class JsonRead
{
    public static string? Text(JsonObject? o, string name) =>
        o?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
}
