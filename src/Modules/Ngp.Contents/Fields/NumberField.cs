using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Fields;

/// <summary>A number within the field's declared <c>min</c> and <c>max</c>, or within Int32 when it declares none.</summary>
public sealed class NumberField : IContentFieldType
{
    public string Type => "Number";

    public string DisplayName => "Nombre";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        decimal min = field.Min ?? int.MinValue, max = field.Max ?? int.MaxValue;
        if (!ContentNumbers.TryRead(value, out var number) || number < min || number > max)
        {
            errors.Add(ContentNumbers.OutOfRange(field.DisplayName, min, max));
            return null;
        }
        if (number is null)
            return FieldRules.Empty(field, errors);
        return JsonValue.Create(number.Value);
    }
}
