using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Contents.Fields;

/// <summary>A link to a web page or an e-mail address (<see cref="SafeUrl"/>), so no <c>javascript:</c> link can be stored.</summary>
public sealed class LinkField : IContentFieldType
{
    public string Type => "Link";

    public string DisplayName => "Lien";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var (url, text) = value switch
        {
            JsonObject o => (JsonRead.Text(o, "url"), JsonRead.Text(o, "text")),
            _ => (JsonRead.Text(value), null),
        };
        if (string.IsNullOrEmpty(url))

            return FieldRules.Empty(field, errors);
        if (SafeUrl.WebOrMail(url) is not { } safe)
        {
            errors.Add(SafeUrl.Refusal(field.DisplayName, mailAllowed: true));
            return null;
        }
        if (text?.Length > 200)
            errors.Add($"« {field.DisplayName} » est trop long.");
        return new JsonObject { ["url"] = safe, ["text"] = string.IsNullOrEmpty(text) ? null : text };
    }
}
