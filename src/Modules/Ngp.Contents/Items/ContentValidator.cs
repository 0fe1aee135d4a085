using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Contents.Items;

/// <summary>Runs each part and field of the type over the submitted data: the cleaned document, or the errors per field.</summary>
public sealed class ContentValidator(ContentPartCatalog parts, ContentFieldCatalog fields)
{
    public (JsonObject Data, Dictionary<string, string[]> Errors) Normalize(ContentTypeDefinition type, ContentInput input)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (group, values) in new[] { ("parts", input.Parts), ("fields", input.Fields) })
        {
            foreach (var (name, value) in values ?? [])
            {
                if (!IsText(value))
                    errors[$"{group}.{name}"] = [UnreadableText];
            }
        }
        if (TextInput.HasControlCharacters(input.Title))
            errors["parts.Title"] = [UnreadableText];
        if (errors.Count > 0)
            return (new JsonObject { ["parts"] = new JsonObject(), ["fields"] = new JsonObject() }, errors);
        var partsOut = new JsonObject();
        foreach (var definition in type.Parts)
        {
            var part = parts.Find(definition.Name)!;
            var submitted = input.Parts?[definition.Name] as JsonObject;
            if (definition.Name == "Title" && input.Title is not null)
                submitted = new JsonObject { ["title"] = input.Title };
            var problems = new List<string>();
            partsOut[definition.Name] = part.Normalize(submitted, definition, problems);
            if (problems.Count > 0)
                errors[$"parts.{definition.Name}"] = problems.ToArray();
        }
        var fieldsOut = new JsonObject();
        foreach (var definition in type.Fields)
        {
            var kind = fields.Find(definition.Type)!;
            // The API gives a field as {"value": …}; a client may send it back so, a link's {"url","text"} included.
            var submitted = input.Fields?[definition.Name] switch
            {
                JsonObject o when definition.Type != "Link" || (o.ContainsKey("value") && !o.ContainsKey("url")) => o["value"],
                var node => node,
            };
            var problems = new List<string>();
            fieldsOut[definition.Name] = new JsonObject { ["value"] = kind.Normalize(submitted?.DeepClone(), definition, problems) };
            if (problems.Count > 0)
                errors[$"fields.{definition.Name}"] = problems.ToArray();
        }
        // Clients may camelCase field names (a JSON convention): names match whatever their case, like the lookup above.
        var unknown = (input.Fields?.Select(f => f.Key) ?? []).Where(k => type.Fields.All(f => !string.Equals(f.Name, k, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
            errors["fields"] = [$"Champ(s) inconnu(s) pour ce type : {string.Join(", ", unknown)}."];
        return (new JsonObject { ["parts"] = partsOut, ["fields"] = fieldsOut }, errors);
    }

    private const string UnreadableText = "Ce texte contient un caractère invalide (caractère de contrôle ou moitié de caractère Unicode) : retapez-le.";

    /// <summary>
    /// Whether every string in the value is text a person typed: JSON may escape half of a surrogate pair
    /// (<c>"\ud800"</c>), which no string can hold and System.Text.Json only notices when the value is read, or a
    /// control character (<see cref="TextInput"/>).
    /// </summary>
    private static bool IsText(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                return o.All(p => IsText(p.Value));
            case JsonArray a:
                return a.All(IsText);
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                try
                {
                    return !TextInput.HasControlCharacters(v.GetValue<string>());
                }
                catch (InvalidOperationException)
                {
                    return false;
                }
            default:
                return true;
        }
    }
}
