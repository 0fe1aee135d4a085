using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Parts;

public sealed class TagsPart : IContentPart
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 40;

    public string Name => "Tags";

    public string DisplayName => "Mots-clés";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var raw = input?["tags"] switch
        {
            JsonArray array => array.Select(JsonRead.Text).OfType<string>(),
            JsonValue value when value.TryGetValue<string>(out var text) => text.Split(',', StringSplitOptions.TrimEntries),
            _ => [],
        };
        var tags = raw.Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .DistinctBy(t => t.ToLowerInvariant())
            .ToList();
        if (tags.Count > MaxTags)
            errors.Add($"{MaxTags} mots-clés au plus.");
        if (tags.Any(t => t.Length > MaxTagLength))
            errors.Add($"Un mot-clé ne dépasse pas {MaxTagLength} caractères.");
        if (definition.Required && tags.Count == 0)
            errors.Add("Indiquez au moins un mot-clé.");
        return new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray()) };
    }
}
