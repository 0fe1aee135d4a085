using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Indexing;

namespace Ngp.Contents.Fields;

/// <summary>Text fields share their rules; only the default length and the line rule differ.</summary>
public abstract class TextFieldBase(string type, string displayName, int defaultMaxLength, bool singleLine) : IContentFieldType
{
    public string Type => type;

    public string DisplayName => displayName;

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s.Replace("\r\n", "\n", StringComparison.Ordinal) : value is null ? "" : value.ToString();
        text = singleLine ? text.Trim() : text.TrimEnd();
        var max = field.MaxLength ?? defaultMaxLength;
        if (text.Length == 0)

            return FieldRules.Empty(field, errors);
        if (singleLine && text.Contains('\n', StringComparison.Ordinal))
            errors.Add($"« {field.DisplayName} » tient sur une ligne.");
        if (text.Length > max)
            errors.Add($"« {field.DisplayName} » ne doit pas dépasser {max} caractères.");
        return text;
    }

    public virtual void Index(FieldView field, ContentIndexContext context) => context.AddText(field.Text);
}
