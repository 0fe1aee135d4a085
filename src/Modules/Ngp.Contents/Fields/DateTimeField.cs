using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Fields;

public sealed class DateTimeField : IContentFieldType
{
    public string Type => "DateTime";

    public string DisplayName => "Date et heure";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var text = JsonRead.Text(value);
        if (string.IsNullOrEmpty(text))

            return FieldRules.Empty(field, errors);
        if (!DateTimes.TryParseParis(text, out var instant))
        {
            errors.Add($"« {field.DisplayName} » doit être une date et une heure.");
            return null;
        }
        if (!ContentDates.Contains(instant))
        {
            errors.Add(ContentDates.OutOfRange(field.DisplayName));
            return null;
        }
        return instant.ToString("O", CultureInfo.InvariantCulture);
    }
}
