using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Contents.Items;

namespace Ngp.Contents.Admin;

/// <summary>
/// The editor form of a type as plain input names and values: <c>parts.Title</c>, <c>parts.Image.alt</c>,
/// <c>fields.BailleurPartenaire</c>, <c>fields.Site.url</c>… The names of parts and fields are the keys under which
/// <see cref="ContentValidator"/> reports errors, so each message lands beside its input.
/// </summary>
public sealed class ContentForm
{
    public const string PublishLaterKey = "parts.PublishLater";

    private readonly Dictionary<string, string[]> _values = new(StringComparer.Ordinal);

    public string Value(string name) => _values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : "";

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var v) ? v : [];

    public void Set(string name, params string[] values) => _values[name] = values;

    public static string FieldName(ContentFieldDefinition field) => "fields." + field.Name;

    /// <summary>What the person typed, for every input of the type (nothing else is kept).</summary>
    public static ContentForm Read(IFormCollection form, ContentTypeDefinition type)
    {
        var result = new ContentForm();
        foreach (var name in InputNames(type))
        {
            if (form.TryGetValue(name, out var values))
                result.Set(name, values.Select(v => v ?? "").ToArray());
        }
        return result;
    }

    /// <summary>The form filled with a stored version.</summary>
    public static ContentForm From(ContentTypeDefinition type, JsonObject data)
    {
        var result = new ContentForm();
        var parts = data["parts"] as JsonObject;
        var fields = data["fields"] as JsonObject;
        string Text(JsonNode? node) => node is JsonValue v ? (v.TryGetValue<string>(out var s) ? s : v.ToJsonString().Trim('"')) : "";
        foreach (var part in type.Parts)
        {
            var p = parts?[part.Name] as JsonObject;
            switch (part.Name)
            {
                case "Title": result.Set("parts.Title", Text(p?["title"])); break;
                case "Slug": result.Set("parts.Slug", Text(p?["slug"])); break;
                case "Summary": result.Set("parts.Summary", Text(p?["text"])); break;
                case "Body": result.Set("parts.Body", Text(p?["markdown"])); break;
                case "Image":
                    result.Set("parts.Image.path", Text(p?["path"]));
                    result.Set("parts.Image.alt", Text(p?["alt"]));
                    break;
                case "Tags": result.Set("parts.Tags", string.Join(", ", (p?["tags"] as JsonArray ?? []).Select(Text))); break;
                case "Ambition": result.Set("parts.Ambition", Text(p?["value"])); break;
                case "PublishLater":
                    var scheduled = Text(p?["scheduledUtc"]);
                    result.Set(PublishLaterKey, DateTimeOffset.TryParse(scheduled, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? ContentLabels.LocalInput(at) : "");
                    break;
                case "Approval":
                    break;
                default:
                    // A part of another module: its data as indented JSON in a text area.
                    result.Set("parts." + part.Name, p is null || p.Count == 0 ? "" : p.ToJsonString(IndentedJson));
                    break;
            }
        }
        foreach (var field in type.Fields)
        {
            var name = FieldName(field);
            var value = (fields?[field.Name] as JsonObject)?["value"];
            switch (field.Type)
            {
                case "Link":
                    result.Set(name + ".url", Text((value as JsonObject)?["url"]));
                    result.Set(name + ".text", Text((value as JsonObject)?["text"]));
                    break;
                case "Boolean":
                    result.Set(name, value is JsonValue b && b.TryGetValue<bool>(out var on) && on ? ["true"] : []);
                    break;
                case "DateTime":
                    result.Set(name, DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? ContentLabels.LocalInput(instant) : "");
                    break;
                case "Choice":
                    result.Set(name, value is JsonArray chosen ? chosen.Select(Text).ToArray() : value is null ? [] : [Text(value)]);
                    break;
                case "ContentPicker" or "UserPicker":
                    result.Set(name, value is JsonArray ids ? string.Join(", ", ids.Select(Text)) : Text(value));
                    break;
                default:
                    result.Set(name, Text(value));
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// The submitted content for <see cref="ContentManager"/>; <paramref name="errors"/> gets what the form itself can
    /// tell (a date that is not a date), the rest is the validator's.
    /// </summary>
    public ContentInput ToInput(ContentTypeDefinition type, string? approvalComment, IDictionary<string, string[]> errors)
    {
        var parts = new JsonObject();
        foreach (var part in type.Parts)
        {
            switch (part.Name)
            {
                case "Title": parts["Title"] = new JsonObject { ["title"] = Value("parts.Title") }; break;
                case "Slug": parts["Slug"] = new JsonObject { ["slug"] = Value("parts.Slug") }; break;
                case "Summary": parts["Summary"] = new JsonObject { ["text"] = Value("parts.Summary") }; break;
                case "Body": parts["Body"] = new JsonObject { ["markdown"] = Value("parts.Body") }; break;
                case "Image": parts["Image"] = new JsonObject { ["path"] = Value("parts.Image.path"), ["alt"] = Value("parts.Image.alt") }; break;
                case "Tags": parts["Tags"] = new JsonObject { ["tags"] = Value("parts.Tags") }; break;
                case "Ambition": parts["Ambition"] = new JsonObject { ["value"] = Value("parts.Ambition") }; break;
                case "PublishLater":
                    var scheduled = PublishLater(errors);
                    parts["PublishLater"] = new JsonObject { ["scheduledUtc"] = scheduled?.ToString("O", CultureInfo.InvariantCulture) };
                    break;
                case "Approval": parts["Approval"] = new JsonObject { ["comment"] = approvalComment }; break;
                default: parts[part.Name] = OtherPart(part.Name, errors); break;
            }
        }
        var fields = new JsonObject();
        foreach (var field in type.Fields)
        {
            var name = FieldName(field);
            fields[field.Name] = field.Type switch
            {
                "Link" => new JsonObject { ["url"] = Value(name + ".url"), ["text"] = Value(name + ".text") },
                "Boolean" => Values(name).Contains("true"),
                "Choice" when field.Multiple => new JsonArray(Values(name).Where(v => v.Length > 0).Select(v => (JsonNode)v).ToArray()),
                _ => Value(name),
            };
        }
        return new ContentInput(type.Name, null, parts, fields);
    }

    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON typed for a part of another module; an empty object when nothing was typed, an error when it is not a JSON object.</summary>
    private JsonObject OtherPart(string name, IDictionary<string, string[]> errors)
    {
        var key = "parts." + name;
        var text = Value(key).Trim();
        if (text.Length == 0)
            return [];
        try
        {
            if (JsonNode.Parse(text) is JsonObject data)
                return data;
        }
        catch (System.Text.Json.JsonException)
        {
        }
        errors[key] = ["Ces données doivent être un objet JSON valide : { \"nom\": valeur, … }."];
        return [];
    }

    /// <summary>The scheduled date typed (Paris time), null when empty; a French error when it is not a date.</summary>
    public DateTimeOffset? PublishLater(IDictionary<string, string[]> errors)
    {
        var text = Value(PublishLaterKey).Trim();
        if (text.Length == 0)
            return null;
        if (DateTimes.TryParseParis(text, out var instant))
            return instant;
        errors[PublishLaterKey] = ["La date de publication doit être une date et une heure (JJ/MM/AAAA HH:MM)."];
        return null;
    }

    private static IEnumerable<string> InputNames(ContentTypeDefinition type)
    {
        foreach (var part in type.Parts)
        {
            if (part.Name == "Image")
            {
                yield return "parts.Image.path";
                yield return "parts.Image.alt";
            }
            else if (part.Name != "Approval")
                yield return "parts." + part.Name;
        }
        foreach (var field in type.Fields)
        {
            if (field.Type == "Link")
            {
                yield return FieldName(field) + ".url";
                yield return FieldName(field) + ".text";
            }
            else
                yield return FieldName(field);
        }
    }
}
