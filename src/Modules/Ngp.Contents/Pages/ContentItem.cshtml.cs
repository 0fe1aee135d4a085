using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;

namespace Ngp.Contents.Pages;

/// <summary>
/// The public page of a published item, at <c>/{routePrefix}/{slug}</c> for every type that has a route prefix
/// (literal routes of other pages win). Rendered by the partial <c>Content-{Type}</c> when a theme or module
/// provides one, else <c>Content-Default</c>.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Ngp.Core.Web.PublicPageCacheNames.Policy)]
public sealed class ContentItemModel(ContentDefinitionStore definitions, ContentQuery query, ContentPrivacy privacy, ICompositeViewEngine views) : PageModel
{
    public const string DefaultTemplate = "Content-Default";

    public ContentView Item { get; private set; } = null!;

    public string Template { get; private set; } = DefaultTemplate;

    public async Task<IActionResult> OnGetAsync(string routePrefix, string slug, CancellationToken ct)
    {
        var type = await definitions.FindByRouteAsync(routePrefix, ct);
        if (type is null)
            return NotFound();
        var match = await query.BySlugAsync(type.Name, slug, ct);
        if (match.RedirectToSlug is { } current)
            return RedirectPermanent(Url.Content($"~/{routePrefix}/{Uri.EscapeDataString(current)}"));
        if (match.Item is null)
            return NotFound();
        Item = privacy.View(type, match.Item);
        Core.Web.PublicPageCacheNames.Shows(HttpContext, match.Item.ContentItemId);
        var specific = "Content-" + type.Name;
        Template = views.FindView(PageContext, specific, isMainPage: false).Success ? specific : DefaultTemplate;
        return Page();
    }
}
