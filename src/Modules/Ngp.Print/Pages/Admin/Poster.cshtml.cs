using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Items;
using Ngp.Print.Posters;
using Ngp.Users.Leases;

namespace Ngp.Print.Pages.Admin;

/// <summary>« Imprimer l'affiche »: staff tick the buildings; the form asks the poster route for the PDF (no script).</summary>
[Authorize(Policy = "permission:EditContent")]
public sealed class PosterModel(ContentQuery query, MakePoster poster, LeaseList leases) : PageModel
{
    public ContentItemVersion? Item { get; private set; }

    public IReadOnlyList<string> Buildings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Item = await query.PublishedAsync(id, ct);
        if (Item is null || !poster.Handles(Item.ContentType))
            return NotFound();
        Buildings = await leases.BuildingsAsync(ct);
        return Page();
    }
}
