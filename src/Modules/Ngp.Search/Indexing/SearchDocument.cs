using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using TextField = Lucene.Net.Documents.TextField;
using Ngp.Core.Web;

namespace Ngp.Search.Indexing;

/// <summary>What the index keeps of one published item.</summary>
public sealed record SearchDocument
{
    public required string Id { get; init; }

    public required string ContentItemId { get; init; }

    public required string Type { get; init; }

    /// <summary>The type as its agency names it (« Fiche de l'agence »): the shared index mixes agencies and has no types of its own.</summary>
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

    /// <summary>Whether the item is offered to every agency (<see cref="Ngp.Contents.Indexing.ContentIndexContext.SharedWithEveryAgency"/>).</summary>
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
