using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Api;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;

namespace Ngp.Contents.Pages.Admin;

/// <summary>The items editors submitted: publish them, or send them back with what to change.</summary>
[Authorize(Policy = "permission:ApproveContent")]
public sealed class PendingApprovalModel(ContentQuery query, ContentManager manager, ContentActorFactory actors, ContentDefinitionStore definitions, Ngp.Core.Accounts.IUserDirectory users) : PageModel
{
    public IReadOnlyList<ContentItemVersion> Items { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, string> Emails { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    /// <summary>The item whose send-back was refused, to show the error beside its comment.</summary>
    public string? FailedId { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string Summary(ContentItemVersion item) =>
        ContentQuery.Data(item)["parts"]?["Summary"]?["text"]?.GetValue<string>() ?? "";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(string id, CancellationToken ct)
    {
        var result = await manager.ApproveAsync(id, await actors.CurrentAsync(), ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError(string.Empty, result.Message!);
            await LoadAsync(ct);
            return Page();
        }
        Message = $"« {result.Value.DisplayText} » est validé et publié.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendBackAsync(string id, CancellationToken ct)
    {
        var result = await manager.SendBackAsync(id, Comment, await actors.CurrentAsync(), ct);
        if (!result.IsOk)
        {
            FailedId = id;
            ModelState.AddModelError(result.Errors.ContainsKey("comment") ? nameof(Comment) : string.Empty, result.Errors.TryGetValue("comment", out var e) ? e[0] : result.Message!);
            await LoadAsync(ct);
            return Page();
        }
        Message = $"« {result.Value.DisplayText} » est renvoyé à son auteur avec votre commentaire.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Types = await definitions.ListAsync(ct);
        var page = await query.ListAsync(new ContentFilter { Status = ContentStatus.AwaitingApproval, PageSize = 100 }, ct);
        Items = page.Items;
        Total = page.Total;
        var ids = Items.Select(i => i.AuthorId).Distinct().ToList();
        Emails = await users.EmailsAsync(ids, ct);
    }
}
