using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Fields;

/// <summary>The rule every kind of field shares: an empty value is fine unless the field is required.</summary>
public static class FieldRules
{
    public static JsonNode? Empty(ContentFieldDefinition field, ICollection<string> errors)
    {
        if (field.Required)
            errors.Add($"« {field.DisplayName} » est obligatoire.");
        return null;
    }
}
