using System.Net.Mail;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Fields;

public sealed class EmailField : IContentFieldType
{
    public string Type => "Email";

    public string DisplayName => "Adresse e-mail";

    public bool PrivateByDefault => true;

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var text = JsonRead.Text(value);
        if (string.IsNullOrEmpty(text))

            return FieldRules.Empty(field, errors);
        if (text.Length > 254 || !MailAddress.TryCreate(text, out var address) || address.Address != text)
        {
            errors.Add($"« {field.DisplayName} » doit être une adresse e-mail valide.");
            return null;
        }
        return text;
    }
}
