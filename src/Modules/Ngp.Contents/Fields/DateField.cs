using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Fields;

public sealed class DateField : IContentFieldType
{
    public string Type => "Date";

    public string DisplayName => "Date";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var text = JsonRead.Text(value);
        if (string.IsNullOrEmpty(text))

            return FieldRules.Empty(field, errors);
        return ContentDates.ReadDay(text, field.DisplayName, errors)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
