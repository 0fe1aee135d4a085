using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Indexing;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Fields;

public sealed class ChoiceField : IContentFieldType
{
    public string Type => "Choice";

    public string DisplayName => "Choix dans une liste";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var chosen = value switch
        {
            JsonArray array => array.Select(JsonRead.Text).OfType<string>().Where(s => s.Length > 0).Distinct().ToList(),
            JsonValue v when v.TryGetValue<string>(out var s) && s.Trim().Length > 0 => [s.Trim()],
            _ => [],
        };
        if (chosen.Count == 0)
        {
            if (field.Required)
                errors.Add($"Choisissez une valeur pour « {field.DisplayName} ».");
            return null;
        }
        var unknown = chosen.Where(c => !field.Choices.Contains(c)).ToList();
        if (unknown.Count > 0)
            errors.Add($"« {string.Join(", ", unknown)} » ne fait pas partie des choix de « {field.DisplayName} ».");
        if (!field.Multiple && chosen.Count > 1)
            errors.Add($"Un seul choix pour « {field.DisplayName} ».");
        return field.Multiple ? new JsonArray(chosen.Select(c => (JsonNode)c).ToArray()) : chosen[0];
    }

    public void Index(FieldView field, ContentIndexContext context) => context.AddText(string.Join(", ", field.Values));
}
