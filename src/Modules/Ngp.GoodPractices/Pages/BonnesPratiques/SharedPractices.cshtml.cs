using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ngp.Search.Pages;
using Ngp.Search.Querying;

namespace Ngp.GoodPractices.Pages.BonnesPratiques;

/// <summary>
/// « Bonnes pratiques de toutes les agences »: the head office's shared index, searched from the head office's site
/// or from any agency (its admin links here); each result opens the record on its own agency's site.
/// </summary>
[AllowAnonymous]
public sealed class SharedPracticesModel(SearchService search, IStringLocalizer<GoodPracticeText> t) : PageModel
{
    public SearchPage Search { get; private set; } = null!;

    public void OnGet()
    {
        var view = search.SearchShared(SearchPage.Read(Request));
        Search = new SearchPage(view, Url.Content("~/bonnes-pratiques/toutes-les-agences"), Shared: true, t["Rechercher dans les bonnes pratiques de toutes les agences"].Value);
    }
}
