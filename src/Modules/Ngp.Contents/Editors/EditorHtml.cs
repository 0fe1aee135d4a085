using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ngp.Contents.Editors;

/// <summary>
/// The inputs of part editors, written once: each with its label, hint and French errors tied by <c>aria-describedby</c>
/// and <c>aria-invalid</c>, as the rest of the admin; and the buttons that add, move and remove list items.
/// </summary>
public sealed partial class EditorHtml(ModelStateDictionary modelState, EditorFocus? focus)
{
    private bool _focusGiven;

    public static string Id(string name) => IdCharacters().Replace(name, "_");

    public IReadOnlyList<string> ErrorsOf(string name) =>
        modelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    /// <summary>The id of the message shown by <see cref="Errors"/>, for a fieldset's <c>aria-describedby</c>; null without errors.</summary>
    public string? ErrorId(string name) => ErrorsOf(name).Count > 0 ? Id(name) + "-error" : null;

    /// <summary>The errors of a group (a part, a list, a question), shown where the group starts.</summary>
    public IHtmlContent Errors(string name)
    {
        var errors = ErrorsOf(name);
        if (errors.Count == 0)
            return HtmlString.Empty;
        var p = new TagBuilder("p");
        p.AddCssClass("field-error");
        p.Attributes["id"] = Id(name) + "-error";
        p.InnerHtml.Append(string.Join(" ", errors));
        return p;
    }

    public IHtmlContent Input(string name, string label, string value, string type = "text", string? hint = null, bool required = false, string? inputMode = null) =>
        Field(name, label, hint, required, id =>
        {
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.Attributes["type"] = type;
            input.Attributes["value"] = value;
            input.Attributes["autocomplete"] = "off";
            if (inputMode is not null)
                input.Attributes["inputmode"] = inputMode;
            return input;
        });

    /// <summary>A day; a browser without a date picker, or a value that is not a day, gets a text input that keeps what was typed.</summary>
    public IHtmlContent Date(string name, string label, string value, bool required = false) =>
        IsoDay().IsMatch(value) || value.Length == 0
            ? Input(name, label, value, "date", null, required)
            : Input(name, label, value, "text", "Format : JJ/MM/AAAA.", required);

    /// <summary>A date and time of Paris, as the rest of the admin asks for them.</summary>
    public IHtmlContent DateTime(string name, string label, string value, bool required = false) =>
        IsoMinute().IsMatch(value) || value.Length == 0
            ? Input(name, label, value, "datetime-local", "Heure de Paris.", required)
            : Input(name, label, value, "text", "Heure de Paris. Format : JJ/MM/AAAA HH:MM.", required);

    /// <summary>A number as the French write it (« 12,5 »): a text input with the decimal keyboard, since a number input refuses commas.</summary>
    public IHtmlContent Number(string name, string label, string value, string? hint = null, bool required = false) =>
        Input(name, label, value, "text", hint, required, "decimal");

    public IHtmlContent TextArea(string name, string label, string value, int rows = 4, string? hint = null, bool required = false) =>
        Field(name, label, hint, required, id =>
        {
            var area = new TagBuilder("textarea");
            area.Attributes["rows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
            area.InnerHtml.Append(value);
            return area;
        });

    public IHtmlContent Select(string name, string label, string value, IEnumerable<(string Value, string Text)> options, string? hint = null, bool required = false) =>
        Field(name, label, hint, required, id =>
        {
            var select = new TagBuilder("select");
            foreach (var (optionValue, text) in options)
            {
                var option = new TagBuilder("option");
                option.Attributes["value"] = optionValue;
                if (optionValue == value)
                    option.Attributes["selected"] = "selected";
                option.InnerHtml.Append(text);
                select.InnerHtml.AppendHtml(option);
            }
            return select;
        });

    /// <summary>One choice among a few, all visible: radio buttons in a fieldset whose legend is the question.</summary>
    public IHtmlContent Radios(string name, string legend, string value, IEnumerable<(string Value, string Text)> options, string? hint = null)
    {
        var id = Id(name);
        var errors = ErrorsOf(name);
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass(errors.Count > 0 ? "field field-invalid" : "field");
        if (Described(id, hint, errors) is { } described)
            fieldset.Attributes["aria-describedby"] = described;
        var legendTag = new TagBuilder("legend");
        legendTag.InnerHtml.Append(legend);
        fieldset.InnerHtml.AppendHtml(legendTag);
        var i = 0;
        foreach (var (optionValue, text) in options)
        {
            var choice = new TagBuilder("div");
            choice.AddCssClass("choice");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.Attributes["type"] = "radio";
            input.Attributes["id"] = $"{id}_{i}";
            input.Attributes["name"] = name;
            input.Attributes["value"] = optionValue;
            if (optionValue == value)
                input.Attributes["checked"] = "checked";
            if (errors.Count > 0)
                input.Attributes["aria-invalid"] = "true";
            GiveFocus(input, name);
            var label = new TagBuilder("label");
            label.Attributes["for"] = $"{id}_{i}";
            label.InnerHtml.Append(text);
            choice.InnerHtml.AppendHtml(input).AppendHtml(label);
            fieldset.InnerHtml.AppendHtml(choice);
            i++;
        }
        AppendHintAndErrors(fieldset, id, hint, errors);
        return fieldset;
    }

    public IHtmlContent Hidden(string name, string value)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["type"] = "hidden";
        input.Attributes["name"] = name;
        input.Attributes["value"] = value;
        return input;
    }

    /// <summary>
    /// A button that changes the form and posts it back (see <see cref="EditorCommand"/>); <paramref name="context"/> is read
    /// by screen readers only (« Retirer » + « la phase 2 »), so every button's name says what it acts on.
    /// </summary>
    public IHtmlContent Button(string path, string operation, object? argument, string text, string? context = null)
    {
        var value = EditorCommand.Value(path, operation, argument);
        var button = new TagBuilder("button");
        button.Attributes["type"] = "submit";
        button.Attributes["name"] = EditorCommand.FieldName;
        button.Attributes["value"] = value;
        button.Attributes["id"] = Id(value);
        button.AddCssClass("editor-command");
        if (focus?.Button == value && !_focusGiven)
        {
            button.Attributes["autofocus"] = "autofocus";
            _focusGiven = true;
        }
        button.InnerHtml.Append(text);
        if (context is not null)
        {
            var hidden = new TagBuilder("span");
            hidden.AddCssClass("visually-hidden");
            hidden.InnerHtml.Append(" " + context);
            button.InnerHtml.AppendHtml(hidden);
        }
        return button;
    }

    /// <summary>« Monter », « Descendre », « Retirer » for item <paramref name="index"/> of <paramref name="count"/>; only the moves that exist are offered.</summary>
    public IHtmlContent ItemButtons(string listPath, int index, int count, string context, bool movable = true)
    {
        var group = new TagBuilder("div");
        group.AddCssClass("item-actions");
        if (movable && index > 0)
            group.InnerHtml.AppendHtml(Button(listPath, EditorCommand.Up, index, "Monter", context));
        if (movable && index < count - 1)
            group.InnerHtml.AppendHtml(Button(listPath, EditorCommand.Down, index, "Descendre", context));
        group.InnerHtml.AppendHtml(Button(listPath, EditorCommand.Remove, index, "Retirer", context));
        return group;
    }

    private TagBuilder Field(string name, string label, string? hint, bool required, Func<string, TagBuilder> control)
    {
        var id = Id(name);
        var errors = ErrorsOf(name);
        var div = new TagBuilder("div");
        div.AddCssClass(errors.Count > 0 ? "field field-invalid" : "field");
        var labelTag = new TagBuilder("label");
        labelTag.Attributes["for"] = id;
        labelTag.InnerHtml.Append(required ? label + " (obligatoire)" : label);
        var input = control(id);
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        if (Described(id, hint, errors) is { } described)
            input.Attributes["aria-describedby"] = described;
        if (errors.Count > 0)
            input.Attributes["aria-invalid"] = "true";
        GiveFocus(input, name);
        div.InnerHtml.AppendHtml(labelTag).AppendHtml(input);
        AppendHintAndErrors(div, id, hint, errors);
        return div;
    }

    private void GiveFocus(TagBuilder input, string name)
    {
        if (_focusGiven || focus?.InputPrefix is not { } prefix || !name.StartsWith(prefix, StringComparison.Ordinal))
            return;
        input.Attributes["autofocus"] = "autofocus";
        _focusGiven = true;
    }

    private static string? Described(string id, string? hint, IReadOnlyList<string> errors)
    {
        var ids = new List<string>();
        if (hint is not null)
            ids.Add(id + "-hint");
        if (errors.Count > 0)
            ids.Add(id + "-error");
        return ids.Count > 0 ? string.Join(' ', ids) : null;
    }

    private static void AppendHintAndErrors(TagBuilder container, string id, string? hint, IReadOnlyList<string> errors)
    {
        if (hint is not null)
        {
            var p = new TagBuilder("p");
            p.AddCssClass("hint");
            p.Attributes["id"] = id + "-hint";
            p.InnerHtml.Append(hint);
            container.InnerHtml.AppendHtml(p);
        }
        if (errors.Count > 0)
        {
            var p = new TagBuilder("p");
            p.AddCssClass("field-error");
            p.Attributes["id"] = id + "-error";
            p.InnerHtml.Append(string.Join(" ", errors));
            container.InnerHtml.AppendHtml(p);
        }
    }

    [GeneratedRegex(@"[^A-Za-z0-9_-]")]
    private static partial Regex IdCharacters();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")]
    private static partial Regex IsoMinute();
}
