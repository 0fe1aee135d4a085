using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Fields;

/// <summary>Identifier(s) of other items or users; the ids are checked for shape here, their existence when displayed.</summary>
public abstract class PickerFieldBase(string type, string displayName) : IContentFieldType
{
    public string Type => type;

    public string DisplayName => displayName;

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var ids = value switch
        {
            JsonArray array => array.Select(JsonRead.Text).OfType<string>().Where(s => s.Length > 0).Distinct().ToList(),
            JsonValue v when v.TryGetValue<string>(out var s) && s.Trim().Length > 0 => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            _ => [],
        };
        if (ids.Count == 0)

            return FieldRules.Empty(field, errors);
        if (ids.Any(id => id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            errors.Add($"« {field.DisplayName} » contient un identifiant invalide.");
        if (!field.Multiple && ids.Count > 1)
            errors.Add($"Un seul élément pour « {field.DisplayName} ».");
        return new JsonArray(ids.Select(i => (JsonNode)i).ToArray());
    }
}
