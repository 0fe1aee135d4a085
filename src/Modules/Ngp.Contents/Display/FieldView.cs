using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Display;

/// <summary>One field of an item with its definition (display name, kind); <see cref="Value"/> is the stored JSON value.</summary>
public sealed record FieldView(ContentFieldDefinition Definition, JsonNode? Value)
{
    public string? Text => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : Value?.ToString();

    public IReadOnlyList<string> Values => Value switch
    {
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToString()).OfType<string>().ToList(),
        null => [],
        _ => Text is { } t ? [t] : [],
    };
}
