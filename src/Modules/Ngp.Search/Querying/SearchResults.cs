namespace Ngp.Search.Querying;

public sealed record SearchResults(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public static SearchResults Empty(int pageSize) => new(0, 1, pageSize, [], new Dictionary<string, IReadOnlyList<FacetValue>>());
}
