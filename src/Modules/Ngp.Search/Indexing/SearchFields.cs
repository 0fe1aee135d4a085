using Lucene.Net.Index;

namespace Ngp.Search.Indexing;

/// <summary>Names of the fields of indexed documents.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string ContentItemId = "itemId";
    public const string Type = "type";
    public const string Title = "title";
    public const string Text = "text";
    public const string Tags = "tags";
    public const string Ambition = "ambition";
    public const string Theme = "theme";
    public const string Year = "year";
    public const string Date = "date";
    public const string Url = "url";
    public const string Agency = "agency";
    public const string AgencyName = "agencyName";
    public const string TypeLabel = "typeLabel";

    public static Term IdTerm(string id) => new(Id, id);
}
