using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using Ngp.Contents.Definitions;
using Ngp.Contents.Editors;
using Ngp.Contents.Fields;
using Ngp.Contents.Items;

namespace Ngp.Contents.Admin;

/// <summary>
/// The editor form of a type as plain input names and values: <c>parts.Title</c>, <c>parts.Image.alt</c>,
/// <c>fields.BailleurPartenaire</c>, <c>fields.Site.url</c>… The names of parts and fields are the keys under which
/// <see cref="ContentValidator"/> reports errors, so each message lands beside its input. A part with an editor of
/// its own (<see cref="IContentPartEditor"/>) keeps its typed state here and turns it into data itself.
/// </summary>
public sealed class ContentForm
{
    public const string PublishLaterKey = "parts.PublishLater";

    private readonly Dictionary<string, string[]> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IContentPartEditor Editor, object State)> _editors = new(StringComparer.Ordinal);

    public string Value(string name) => _values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : "";

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var v) ? v : [];

    public void Set(string name, params string[] values) => _values[name] = values;

    public static string FieldName(ContentFieldDefinition field) => "fields." + field.Name;

    public static string SearchName(ContentFieldDefinition field) => FieldName(field) + ".search";

    /// <summary>What the editor partial of a part with its own editor is given; null for the engine's own parts.</summary>
    public PartEditorView? EditorView(ContentPartDefinition part, string displayName, EditorFocus? focus) =>
        _editors.TryGetValue(part.Name, out var editor) ? new PartEditorView(part, displayName, "parts." + part.Name, editor.State, focus) : null;

    public string? EditorPartial(string partName) => _editors.TryGetValue(partName, out var editor) ? editor.Editor.PartialName : null;

    /// <summary>What the person typed, for every input of the type (nothing else is kept).</summary>
    public static ContentForm Read(IReadOnlyDictionary<string, StringValues> form, ContentTypeDefinition type, ContentPartEditorCatalog editors)
    {
        var result = new ContentForm();
        foreach (var name in InputNames(type, editors))
        {
            if (form.TryGetValue(name, out var values))
                result.Set(name, values.Select(v => v ?? "").ToArray());
        }
        foreach (var part in type.Parts)
        {
            if (editors.Find(part.Name) is { } editor)
                result._editors[part.Name] = (editor, editor.Read(new PartForm(form, "parts." + part.Name)));
        }
        return result;
    }

    /// <summary>The form filled with a stored version.</summary>
    public static ContentForm From(ContentTypeDefinition type, JsonObject data, ContentPartEditorCatalog editors)
    {
        var result = new ContentForm();
        var parts = data["parts"] as JsonObject;
        var fields = data["fields"] as JsonObject;
        string Text(JsonNode? node) => node is JsonValue v ? (v.TryGetValue<string>(out var s) ? s : v.ToJsonString().Trim('"')) : "";
        foreach (var part in type.Parts)
        {
            var p = parts?[part.Name] as JsonObject;
            if (editors.Find(part.Name) is { } editor)
            {
                result._editors[part.Name] = (editor, editor.Load(p));
                continue;
            }
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
                default:
                    // Approval is the reviewer's, and a part of another module without an editor is kept as stored.
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
                case "ContentPicker":
                    result.Set(name, value is JsonArray picked ? picked.Select(Text).ToArray() : value is null ? [] : [Text(value)]);
                    break;
                case "UserPicker":
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
    /// tell (a date that is not a date), the rest is the validator's. A part that has neither inputs nor an editor
    /// keeps its <paramref name="stored"/> data (null for a new item).
    /// </summary>
    public ContentInput ToInput(ContentTypeDefinition type, string? approvalComment, IDictionary<string, string[]> errors, JsonObject? stored)
    {
        var parts = new JsonObject();
        foreach (var part in type.Parts)
        {
            if (_editors.TryGetValue(part.Name, out var editor))
            {
                parts[part.Name] = editor.Editor.ToData(editor.State, new PartErrors(errors));
                continue;
            }
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
                default: parts[part.Name] = (stored?["parts"]?[part.Name] as JsonObject)?.DeepClone() ?? new JsonObject(); break;
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
                // Ids come from the picker's hidden inputs; a form written by hand may still send them separated by commas.
                "ContentPicker" => new JsonArray(Values(name).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Select(v => (JsonNode)v).ToArray()),
                _ => Value(name),
            };
        }
        return new ContentInput(type.Name, null, parts, fields);
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

    private static IEnumerable<string> InputNames(ContentTypeDefinition type, ContentPartEditorCatalog editors)
    {
        foreach (var part in type.Parts)
        {
            if (editors.Find(part.Name) is not null)
                continue;
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
            else if (field.Type == "ContentPicker")
            {
                yield return FieldName(field);
                yield return SearchName(field);
            }
            else
                yield return FieldName(field);
        }
    }
}
