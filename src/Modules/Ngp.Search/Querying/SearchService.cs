using Microsoft.Extensions.Options;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;
using Ngp.Core.Tenancy;
using Ngp.Search.Indexing;

namespace Ngp.Search.Querying;

/// <summary>Searches the current tenant's index, or the head office's index of what agencies share (<see cref="SearchShared"/>), for a page or the API.</summary>
public sealed class SearchService(
    ITenantContext tenant,
    TenantIndexer indexer,
    SharedIndexer shared,
    IndexStore store,
    ContentDefinitionStore definitions,
    IRunningTenants tenants,
    IOptions<SearchOptions> options)
{
    public async Task<SearchView> SearchTenantAsync(SearchRequest request, CancellationToken ct)
    {
        var index = indexer.IndexOf(tenant.Tenant);
        var results = SiteSearcher.Search(index, store.Analyzer, request with { PageSize = options.Value.PageSize, Agency = null });
        var pathBase = tenant.Tenant.PathBase;
        results = results with { Hits = results.Hits.Select(h => h with { Url = h.Url is null ? null : pathBase + "/" + h.Url }).ToList() };
        var types = (await definitions.ListAsync(ct)).ToDictionary(d => d.Name, d => d.DisplayName, StringComparer.Ordinal);
        return Label(request, results, types, includeAgency: false);
    }

    /// <summary>
    /// What every running agency shares with the others, searched with the agency facet; the hits' addresses lead to
    /// each agency's site. The modules that share items (good practices) offer this search on their own page.
    /// </summary>
    public SearchView SearchShared(SearchRequest request)
    {
        var index = shared.Index();
        var results = index is null
            ? SearchResults.Empty(options.Value.PageSize)
            : SiteSearcher.Search(index, store.Analyzer, request with { PageSize = options.Value.PageSize, Type = null });
        // The labels come with the documents, as each agency names its types.
        var types = results.Hits.DistinctBy(h => h.Type).ToDictionary(h => h.Type, h => h.TypeLabel, StringComparer.Ordinal);
        return Label(request, results, types, includeAgency: true);
    }

    private SearchView Label(SearchRequest request, SearchResults results, IReadOnlyDictionary<string, string> types, bool includeAgency)
    {
        var agencies = tenants.Running.ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal);
        var facets = new Dictionary<string, IReadOnlyList<FacetOption>>();
        foreach (var (field, values) in results.Facets)
        {
            if (field == SearchFields.Agency && !includeAgency)
                continue;
            if (field == SearchFields.Type && includeAgency)
                continue;
            IEnumerable<FacetOption> options = values.Select(v => new FacetOption(v.Value, field switch
            {
                SearchFields.Type => types.GetValueOrDefault(v.Value, v.Value),
                SearchFields.Ambition => AmbitionLabel(v.Value),
                SearchFields.Agency => agencies.GetValueOrDefault(v.Value, v.Value),
                _ => v.Value,
            }, v.Count));
            if (field is SearchFields.Ambition)
                options = options.OrderBy(o => o.Value, StringComparer.Ordinal);
            else if (field is SearchFields.Year)
                options = options.OrderByDescending(o => o.Value, StringComparer.Ordinal);
            facets[field] = options.ToList();
        }
        return new SearchView(request, results, facets, types);
    }

    public static string AmbitionLabel(string value) =>
        int.TryParse(value, out var n) && n is >= 1 and <= 4 ? $"Ambition {n} : {AmbitionPart.Labels[n - 1]}" : value;
}
