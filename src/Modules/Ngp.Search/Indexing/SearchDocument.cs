using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using TextField = Lucene.Net.Documents.TextField;
using Ngp.Contents.Items;
using Ngp.Core.Web;

namespace Ngp.Search.Indexing;

/// <summary>What the index keeps of one published item.</summary>
public sealed record SearchDocument
{
    public required string Id { get; init; }

    public required string ContentItemId { get; init; }

    public required string Type { get; init; }

    /// <summary>The type as its agency names it (« Bonne pratique »): the shared index mixes agencies and has no types of its own.</summary>
    public string? TypeLabel { get; init; }

    public required string Title { get; init; }

    /// <summary>Summary, body and text fields as plain text: what is searched and what excerpts are cut from.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public int? Ambition { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public DateTimeOffset Date { get; init; }

    /// <summary>Address of the item's page: relative to its tenant in a tenant's index, from the site root in the shared index.</summary>
    public string? Url { get; init; }

    public required string Agency { get; init; }

    public required string AgencyName { get; init; }

    /// <summary>Whether the item is marked for every agency (a Boolean field named <c>Shared</c>).</summary>
    public bool Shared { get; init; }

    public Document ToLucene()
    {
        var doc = new Document
        {
            new StringField(SearchFields.Id, Id, Field.Store.YES),
            new StringField(SearchFields.ContentItemId, ContentItemId, Field.Store.YES),
            new StringField(SearchFields.Type, Type, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(Type)),
            new TextField(SearchFields.Title, Title, Field.Store.YES),
            // Every word of the record is in the text field (title, tags, body), so a query matches on that one field
            // and uses title and tags only to rank; only the body is stored, for excerpts.
            new TextField(SearchFields.Text, Title, Field.Store.NO),
            new TextField(SearchFields.Text, Text, Field.Store.YES),
            new StringField(SearchFields.Year, Year, Field.Store.NO),
            new SortedDocValuesField(SearchFields.Year, new BytesRef(Year)),
            new Int64Field(SearchFields.Date, Date.UtcTicks, Field.Store.YES),
            new NumericDocValuesField(SearchFields.Date, Date.UtcTicks),
            new StringField(SearchFields.Agency, Agency, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Agency, new BytesRef(Agency)),
            new StoredField(SearchFields.AgencyName, AgencyName),
            new StoredField(SearchFields.TypeLabel, TypeLabel ?? Type),
        };
        if (Url is not null)
            doc.Add(new StoredField(SearchFields.Url, Url));
        foreach (var tag in Tags)
        {
            doc.Add(new TextField(SearchFields.Tags, tag, Field.Store.YES));
            doc.Add(new TextField(SearchFields.Text, tag, Field.Store.NO));
        }
        if (Ambition is { } ambition)
        {
            var value = ambition.ToString(CultureInfo.InvariantCulture);
            doc.Add(new StringField(SearchFields.Ambition, value, Field.Store.YES));
            doc.Add(new SortedDocValuesField(SearchFields.Ambition, new BytesRef(value)));
        }
        foreach (var theme in Themes.Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(SearchFields.Theme, theme, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(SearchFields.Theme, new BytesRef(theme)));
        }
        return doc;
    }

    private string Year => ParisTime.Day(Date).Year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Builds the document of a published item from its type's parts and fields: Title, Summary, Body, Tags and
/// Ambition parts; text fields into the text; Choice fields named <c>Themes</c> (or <c>Theme</c>) as themes;
/// a Boolean field named <c>Shared</c> as the sharing mark. Pure, no database.
/// </summary>
public static partial class SearchDocumentBuilder
{
    public static bool IsIndexable(ContentTypeDefinition type) => type.HasPart(IndexablePart.PartName);

    /// <summary>The document of <paramref name="view"/>, a public view (<see cref="ContentPrivacy.View"/>): the index holds no personal data.</summary>
    public static SearchDocument Build(ContentView view, string agency, string agencyName, string? idPrefix = null)
    {
        var (type, version) = (view.Type, view.Version);
        var text = new StringBuilder();
        Append(text, view.Summary);
        Append(text, PlainText(view.BodyMarkdown));
        var themes = new List<string>();
        var shared = false;
        foreach (var field in view.Fields)
        {
            switch (field.Definition.Type)
            {
                case "Text" or "LongText":
                    Append(text, field.Text);
                    break;
                case "Markdown":
                    Append(text, PlainText(field.Text));
                    break;
                case "Choice" when IsThemes(field.Definition.Name):
                    themes.AddRange(field.Values);
                    break;
                case "Choice":
                    Append(text, string.Join(", ", field.Values));
                    break;
                case "Boolean" when string.Equals(field.Definition.Name, "Shared", StringComparison.OrdinalIgnoreCase):
                    shared = field.Value is JsonValue v && v.TryGetValue<bool>(out var yes) && yes;
                    break;
            }
        }
        return new SearchDocument
        {
            Id = idPrefix is null ? version.ContentItemId : idPrefix + version.ContentItemId,
            ContentItemId = version.ContentItemId,
            Type = type.Name,
            TypeLabel = type.DisplayName,
            Title = view.Title,
            Text = text.ToString().Trim(),
            Tags = view.Tags,
            Ambition = view.Ambition,
            Themes = themes,
            Date = version.PublishedUtc ?? version.ModifiedUtc,
            Url = view.RelativeUrl,
            Agency = agency,
            AgencyName = agencyName,
            Shared = shared,
        };
    }

    private static bool IsThemes(string name) =>
        string.Equals(name, "Themes", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Theme", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder text, string? part)
    {
        if (string.IsNullOrWhiteSpace(part))
            return;
        if (text.Length > 0)
            text.Append("\n\n");
        text.Append(part.Trim());
    }

    /// <summary>Markdown as the words a reader sees: links keep their text, emphasis and heading marks go.</summary>
    public static string? PlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return null;
        var text = LinkPattern().Replace(markdown, "$1");
        text = MarkPattern().Replace(text, " ");
        return text;
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(^|\n)\s{0,3}(#{1,6}|>|[-*+]\s|\d+\.\s)|[*_`~]")]
    private static partial Regex MarkPattern();
}
