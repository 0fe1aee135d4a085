using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Search.Querying;

namespace Ngp.Search.Pages;

/// <summary>The agency's search page: a GET form, facets as links, results with highlighted excerpts; no script needed.</summary>
[AllowAnonymous]
public sealed class SearchModel(SearchService search) : PageModel
{
    public SearchPage Search { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await search.SearchTenantAsync(SearchPage.Read(Request), ct);
        Search = new SearchPage(view, Url.Content("~/recherche"), Shared: false);
    }
}
