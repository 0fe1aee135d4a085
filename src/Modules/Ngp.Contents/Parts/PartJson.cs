using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Fields;

namespace Ngp.Contents.Parts;

/// <summary>Reading helpers for the JSON of parts that hold lists and values (phases, road map, consultation).</summary>
public static class PartJson
{
    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

    public static string Text(JsonObject? o, string name) => Text(o?[name]) ?? "";

    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node is JsonArray a ? a.OfType<JsonObject>() : [];

    /// <summary>A number as <see cref="ContentNumbers"/> reads it (so never 1e308, infinity or NaN); null when empty or not a number.</summary>
    public static double? Number(JsonNode? node) => ContentNumbers.TryRead(node, out var n) && n is { } d ? (double)d : null;

    public static DateTimeOffset? Instant(JsonNode? node) =>
        Text(node) is { Length: > 0 } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.ToUniversalTime() : null;

    public static string? Iso(DateTimeOffset? d) => d?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());
}
