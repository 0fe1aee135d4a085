namespace Ngp.Search.Querying;

/// <summary>Results ready for the page and the API: hits with addresses from the site root, labelled facets.</summary>
public sealed record SearchView(SearchRequest Request, SearchResults Results, IReadOnlyDictionary<string, IReadOnlyList<FacetOption>> Facets, IReadOnlyDictionary<string, string> TypeLabels)
{
    public string TypeLabel(string type) => TypeLabels.GetValueOrDefault(type, type);
}
