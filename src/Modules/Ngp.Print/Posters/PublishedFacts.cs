using System.Text.Json.Nodes;
using Ngp.Contents.Items;

namespace Ngp.Print.Posters;

/// <summary>The common parts and text fields of a published item, as posters read them.</summary>
public sealed class PublishedFacts
{
    private readonly JsonObject _data;

    public PublishedFacts(ContentItemVersion version) => _data = ContentQuery.Data(version);

    public string? Summary => Text(_data["parts"]?["Summary"]?["text"]);

    /// <summary>A text, long text or Markdown field's value, or null when empty.</summary>
    public string? Field(string name) => Text(_data["fields"]?[name]?["value"]);

    /// <summary>The first item a content picker field points to.</summary>
    public string? PickedId(string name) => _data["fields"]?[name]?["value"] is JsonArray { Count: > 0 } picked ? Text(picked[0]) : null;

    public JsonObject? Part(string name) => _data["parts"]?[name] as JsonObject;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
