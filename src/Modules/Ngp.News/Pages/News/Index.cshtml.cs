using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ngp.News.Pages.News;

/// <summary>The agency's news, 10 a page, newest first; pages are plain links (<c>?page=2</c>).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Ngp.Core.Web.PublicPageCacheNames.Policy)]
public sealed class IndexModel(NewsReader news) : PageModel
{
    public NewsPage News { get; private set; } = new([], 0, 1, NewsReader.PageSize);

    // "page" is also the route value naming a Razor page: the number is read from the query string only.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var number = pageNumber ?? 1;
        if (number < 1)
            return NotFound();
        News = await news.PageAsync(number, NewsReader.PageSize, ct);
        if (number > News.PageCount)
            return NotFound();
        return Page();
    }
}
