using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Comments.Threads;
using Ngp.Comments.Data;

namespace Ngp.Comments.Pages.Comments;

/// <summary>
/// Comments without JavaScript: the item page's forms post here and come back to the item; this page also shows a
/// reply or edit form on its own, and the form again with its errors when something is refused.
/// </summary>
[Authorize]
public sealed class WriteCommentModel(PublishedItems items, NgpDbContext db, CommentsThrottle throttle, ITenantContext tenant, CurrentUser participant) : PageModel
{
    /// <summary>The one-time message the item page shows after a report.</summary>
    public const string MessageKey = "CommentsMessage";

    [BindProperty]
    public CommentForm Input { get; set; } = new();

    public PublishedItem? Item { get; private set; }

    /// <summary>What the item's type allows (closed: no form; no stances: no position nor proposal).</summary>
    public CommentPolicy Policy { get; private set; } = new(Open: true, Stances: true, PreModeration: false, Reportable: false);

    public Comment? Parent { get; private set; }

    /// <summary>The comment being edited, when the form edits.</summary>
    public long? EditId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? item, long? parent, long? edit, CancellationToken ct)
    {
        if (edit is { } editId)
        {
            var comment = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == editId && c.AuthorId == participant.UserId && c.Status != CommentStatus.Deleted, ct);
            if (comment is null)
                return NotFound();
            item = comment.ContentItemId;
            EditId = editId;
            Input = new CommentForm { Item = comment.ContentItemId, Body = comment.Body, Stance = comment.Stance, Proposal = comment.Proposal };
        }
        Item = await items.FindAsync(item, ct);
        if (Item is null || CommentPolicy.For(Item) is not { } policy)
            return NotFound();
        Policy = policy;
        if (!policy.Open)
            ModelState.AddModelError("", CommentPolicy.ClosedMessage);
        if (parent is { } parentId)
        {
            Parent = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == parentId && c.ContentItemId == Item.Id, ct);
            if (Parent is null)
                return NotFound();
        }
        Input.Item = Item.Id;
        Input.Parent = parent;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] PostComment handler, CancellationToken ct)
    {
        if (!throttle.TryComment(tenant.Tenant.Name, participant.UserId ?? ""))
            return await ShowAsync(Result.Invalid(CommentsThrottle.Message), ct);
        var result = await handler.HandleAsync(Input.Item ?? "", new CommentRequest(Input.Body, Input.Stance, Input.Proposal, Input.Parent), ct);
        if (!result.IsOk)
            return await ShowAsync(result, ct);
        return await BackAsync(result.Value.ContentItemId, result.Value.Id, ct);
    }

    public async Task<IActionResult> OnPostEditAsync(long id, [FromServices] EditComment handler, CancellationToken ct)
    {
        if (!throttle.TryComment(tenant.Tenant.Name, participant.UserId ?? ""))
            return await ShowAsync(Result.Invalid(CommentsThrottle.Message), ct, id);
        var result = await handler.HandleAsync(id, new CommentRequest(Input.Body, Input.Stance, Input.Proposal, null), ct);
        if (!result.IsOk)
            return await ShowAsync(result, ct, id);
        return await BackAsync(result.Value.ContentItemId, result.Value.Id, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, [FromServices] DeleteComment handler, CancellationToken ct)
    {
        var itemId = await db.Set<Comment>().Where(c => c.Id == id).Select(c => c.ContentItemId).SingleOrDefaultAsync(ct);
        var result = await handler.HandleAsync(id, ct);
        return result.IsOk && itemId is not null ? await BackAsync(itemId, null, ct) : Problem(result);
    }

    public async Task<IActionResult> OnPostSupportAsync(long id, [FromServices] SupportProposal handler, CancellationToken ct)
    {
        var itemId = await db.Set<Comment>().Where(c => c.Id == id).Select(c => c.ContentItemId).SingleOrDefaultAsync(ct);
        var result = await handler.HandleAsync(id, ct);
        return (result.IsOk || result.Status == ResultStatus.Conflict) && itemId is not null ? await BackAsync(itemId, id, ct) : Problem(result);
    }

    public async Task<IActionResult> OnPostReportAsync(long id, string? reason, [FromServices] ReportComment handler, CancellationToken ct)
    {
        var itemId = await db.Set<Comment>().Where(c => c.Id == id).Select(c => c.ContentItemId).SingleOrDefaultAsync(ct);
        var result = await handler.HandleAsync(id, new ReportRequest(reason), ct);
        if (!result.IsOk && result.Status != ResultStatus.Conflict)
            return Problem(result);
        TempData[MessageKey] = result.IsOk
            ? "Merci : votre signalement est transmis aux modérateurs."
            : "Vous avez déjà signalé ce commentaire : les modérateurs l'examinent.";
        return await BackAsync(itemId!, null, ct);
    }

    private IActionResult Problem(Result result) => result.Status switch
    {
        ResultStatus.NotFound => NotFound(),
        ResultStatus.Forbidden => Forbid(),
        _ => BadRequest(result.Message ?? ""),
    };

    private async Task<IActionResult> ShowAsync(Result result, CancellationToken ct, long? editId = null)
    {
        Item = await items.FindAsync(Input.Item, ct);
        if (editId is { } id)
        {
            EditId = id;
            Item ??= await items.FindAsync(await db.Set<Comment>().Where(c => c.Id == id).Select(c => c.ContentItemId).SingleOrDefaultAsync(ct), ct);
        }
        if (Item is null || CommentPolicy.For(Item) is not { } policy)
            return NotFound();
        Policy = policy;
        Input.Item = Item.Id;
        if (Input.Parent is { } parentId)
            Parent = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == parentId, ct);
        if (result.Errors.Count == 0)
            ModelState.AddModelError("", result.Message ?? "");
        foreach (var (field, messages) in result.Errors)
        {
            var key = field switch { "body" => "Input.Body", "stance" => "Input.Stance", "proposal" => "Input.Proposal", _ => "" };
            foreach (var message in messages)
                ModelState.AddModelError(key, message);
        }
        Response.StatusCode = result.HttpStatus;
        return Page();
    }

    private async Task<IActionResult> BackAsync(string itemId, long? commentId, CancellationToken ct)
    {
        var item = await items.FindAsync(itemId, ct);
        var url = item?.RelativeUrl is { } relative ? Url.Content("~/" + relative) : Url.Content("~/");
        return Redirect(commentId is { } id ? CommentPages.LinkTo(url, id) : $"{url}#commentaires");
    }
}
