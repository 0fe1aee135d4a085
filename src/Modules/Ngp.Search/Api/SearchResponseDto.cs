using Ngp.Search.Querying;

namespace Ngp.Search.Api;

public sealed record SearchResponseDto(int Total, int Page, int PageSize, IReadOnlyList<SearchHitDto> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetOption>> Facets)
{
    public static SearchResponseDto From(SearchView view) => new(
        view.Results.Total,
        view.Results.Page,
        view.Results.PageSize,
        view.Results.Hits.Select(h => new SearchHitDto(h.ContentItemId, h.Type, view.TypeLabel(h.Type), h.Title, h.Excerpt, h.Url, h.Date, h.Ambition, h.Themes, h.Tags, h.Agency, h.AgencyName)).ToList(),
        view.Facets);
}
