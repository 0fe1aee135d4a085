using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;

namespace Ngp.Contents.Indexing;

/// <summary>
/// What a published item gives the search index, gathered from its parts, its fields and the handlers modules add.
/// It holds only the public copy of the item (<see cref="ContentPrivacy.View"/>): nothing personal can be indexed.
/// </summary>
public sealed partial class ContentIndexContext(ContentView view)
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _themes = [];
    private JsonObject? _parts;

    public ContentView View => view;

    /// <summary>The public data of one part of the item, or null when the item has none.</summary>
    public JsonObject? Part(string name)
    {
        _parts ??= ContentQuery.Data(view.Version)["parts"] as JsonObject ?? [];
        return _parts[name] as JsonObject;
    }

    /// <summary>The field of the item named <paramref name="name"/>, when it has a public value.</summary>
    public FieldView? Field(string name) => view.Fields.FirstOrDefault(f => string.Equals(f.Definition.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Words people may search for, as a paragraph of the item's text (excerpts are cut from it).</summary>
    public void AddText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        if (_text.Length > 0)
            _text.Append("\n\n");
        _text.Append(text.Trim());
    }

    /// <summary>Markdown as the words a reader sees: links keep their text, emphasis and heading marks go.</summary>
    public void AddMarkdown(string? markdown) => AddText(PlainWords(markdown));

    /// <summary>A theme the search page offers as a filter (« Jardins partagés »).</summary>
    public void AddTheme(string theme)
    {
        if (!string.IsNullOrWhiteSpace(theme) && !_themes.Contains(theme, StringComparer.Ordinal))
            _themes.Add(theme);
    }

    /// <summary>Whether the item is offered to every agency's search, beside its own agency's.</summary>
    public bool SharedWithEveryAgency { get; set; }

    public string Text => _text.ToString();

    public IReadOnlyList<string> Themes => _themes;

    public static string? PlainWords(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return null;
        var text = LinkPattern().Replace(markdown, "$1");
        return MarkPattern().Replace(text, " ");
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(^|\n)\s{0,3}(#{1,6}|>|[-*+]\s|\d+\.\s)|[*_`~]")]
    private static partial Regex MarkPattern();
}
