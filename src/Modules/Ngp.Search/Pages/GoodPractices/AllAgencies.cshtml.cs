using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Search.Querying;

namespace Ngp.Search.Pages.GoodPractices;

/// <summary>
/// « Bonnes pratiques de toutes les agences »: the head office's shared index, searched from the head office's site
/// or from any agency (its admin links here); each result opens the record on its own agency's site.
/// </summary>
[AllowAnonymous]
public sealed class AllAgenciesModel(SearchService search) : PageModel
{
    public SearchPage Search { get; private set; } = null!;

    public void OnGet()
    {
        var view = search.SearchShared(SearchPage.Read(Request));
        Search = new SearchPage(view, Url.Content("~/bonnes-pratiques/toutes-les-agences"), Shared: true);
    }
}
