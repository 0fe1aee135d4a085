using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Api;
using Ngp.Contents.Items;
using Ngp.Core.Results;

namespace Ngp.Contents.Pages.Admin;

[Authorize(Policy = "permission:EditContent")]
public sealed class ContentHistoryModel(ContentQuery query, ContentManager manager, ContentActorFactory actors, Ngp.Core.Accounts.IUserDirectory users) : PageModel
{
    public IReadOnlyList<ContentItemVersion> Versions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Emails { get; private set; } = new Dictionary<string, string>();

    public string Title => Versions.FirstOrDefault(v => v.Latest)?.DisplayText ?? "";

    [TempData]
    public string? ErrorMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Versions = await query.VersionsAsync(id, ct);
        if (Versions.Count == 0)
            return NotFound();
        var ids = Versions.Select(v => v.AuthorId).Distinct().ToList();
        Emails = await users.EmailsAsync(ids, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, int version, CancellationToken ct)
    {
        var result = await manager.RestoreAsync(id, version, await actors.CurrentAsync(), ct);
        if (result.Status == ResultStatus.NotFound && (await query.LatestAsync(id, ct)) is null)
            return NotFound();
        if (!result.IsOk)
        {
            ErrorMessage = result.Message;
            return RedirectToPage("/Admin/ContentHistory", new { id });
        }
        TempData["Message"] = $"La version {version} est restaurée dans un nouveau brouillon (version {result.Value.Number}) : relisez-le, puis publiez-le.";
        return RedirectToPage("/Admin/EditContent", new { id });
    }
}
