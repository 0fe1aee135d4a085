using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;

namespace Ngp.Projects.Pages.Projects;

/// <summary>A content type's published items, newest first, 20 a page: the projects (<c>/projets</c>), the consultations (<c>/concertations</c>).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Ngp.Core.Web.PublicPageCacheNames.Policy)]
public abstract class ContentListModel(ContentDefinitionStore definitions, ContentQuery query, ContentPrivacy privacy) : PageModel
{
    public const int PageSize = 20;

    protected abstract string TypeName { get; }

    public IReadOnlyList<ContentView> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Number { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Number = pageNumber ?? 1;
        if (Number < 1)
            return NotFound();
        var type = await definitions.FindAsync(TypeName, ct);
        if (type is null)
            return NotFound();
        var page = await query.ListAsync(new ContentFilter { Type = TypeName, Page = Number, PageSize = PageSize }, ct);
        Items = page.Items.Select(v => privacy.View(type, v)).ToList();
        Total = page.Total;
        return Page();
    }
}
