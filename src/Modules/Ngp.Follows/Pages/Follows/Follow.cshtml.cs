using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Items;

namespace Ngp.Follows.Pages.Follows;

/// <summary>
/// The « Suivre » and « Ne plus suivre » buttons post here, from an item's page or the account page, and go back
/// there with a message; nothing but those two places is ever a destination.
/// </summary>
[Authorize]
public sealed class FollowModel(ToggleFollow toggle, PublishedItems items) : PageModel
{
    public const string MessageKey = "FollowMessage";

    public IActionResult OnGet() => LocalRedirect(Url.Content("~/compte#suivis"));

    public async Task<IActionResult> OnPostAsync(string? item, string? intent, string? from, CancellationToken ct)
    {
        var found = await items.FindAsync(item, ct);
        var result = await toggle.HandleAsync(item ?? "", intent != "unfollow", ct);
        if (found is null || !result.IsOk)
            return NotFound();
        TempData[MessageKey] = result.Value
            ? $"Vous suivez « {found.Version.DisplayText} » : vous serez prévenu(e) de chaque nouvelle étape, selon votre choix de notifications."
            : $"Vous ne suivez plus « {found.Version.DisplayText} ».";
        return from == "compte" || found.RelativeUrl is null
            ? LocalRedirect(Url.Content("~/compte#suivis"))
            : LocalRedirect(Url.Content($"~/{found.RelativeUrl}#suivre"));
    }
}
