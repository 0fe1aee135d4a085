using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Comments.Threads;
using Ngp.Comments.Data;

namespace Ngp.Comments.Pages.Admin;

/// <summary>The moderators' queue: comments waiting (pre-moderation or 3 reports), reported and hidden; hide, restore, block the author.</summary>
[Authorize(Policy = "permission:ModerateComments")]
public sealed class ModerationModel(NgpDbContext db, IUserDirectory users, ModerateComment moderate, CommentsSettingsStore settings, ContentQuery contents) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<QueueEntry> Queue { get; private set; } = [];

    public bool PreModeration { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostHideAsync(long id, CancellationToken ct) => await ActAsync(id, ModerationAction.Hide, null, "Le commentaire est masqué.", ct);

    public async Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken ct) => await ActAsync(id, ModerationAction.Restore, null, "Le commentaire est visible.", ct);

    public async Task<IActionResult> OnPostBlockAsync(long id, int? days, CancellationToken ct) => await ActAsync(id, ModerationAction.Block, days, $"L'auteur ne peut plus commenter pendant {days} jour(s) ; son commentaire est masqué.", ct);

    public async Task<IActionResult> OnPostSettingsAsync(bool preModeration, CancellationToken ct)
    {
        await settings.SetAsync(new CommentsSettings { PreModeration = preModeration }, ct);
        await db.SaveChangesAsync(ct);
        Message = preModeration ? "La pré-modération est activée : les nouveaux commentaires attendent votre validation." : "La pré-modération est désactivée.";
        return RedirectToPage();
    }

    private async Task<IActionResult> ActAsync(long id, ModerationAction action, int? days, string done, CancellationToken ct)
    {
        var result = await moderate.HandleAsync(id, action, days, ct);
        if (result.IsOk)
        {
            Message = done;
            return RedirectToPage();
        }
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        ModelState.AddModelError("", result.Message ?? "");
        await LoadAsync(ct);
        Response.StatusCode = result.HttpStatus;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PreModeration = (await settings.GetAsync(ct)).PreModeration;
        var comments = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.Status == CommentStatus.Pending || c.Status == CommentStatus.Hidden || (c.Status == CommentStatus.Visible && c.ReportCount > 0))
            .OrderByDescending(c => c.Status == CommentStatus.Pending).ThenByDescending(c => c.ReportCount).ThenByDescending(c => c.Id)
            .Take(Shown).ToListAsync(ct);
        var ids = comments.Select(c => c.Id).ToList();
        var reasons = await db.Set<CommentReport>().AsNoTracking().Where(r => ids.Contains(r.CommentId) && !r.Resolved)
            .GroupBy(r => new { r.CommentId, r.Reason }).Select(g => new { g.Key.CommentId, g.Key.Reason, Count = g.Count() }).ToListAsync(ct);
        var names = await users.PublicNamesAsync(comments.Select(c => c.AuthorId), ct);
        var items = await contents.PublishedLinksAsync(comments.Select(c => c.ContentItemId), ct);
        Queue = comments.Select(c => new QueueEntry(c, names.GetValueOrDefault(c.AuthorId) ?? PublicName.Deleted,
            reasons.Where(r => r.CommentId == c.Id).Select(r => $"{CommentRules.ReasonLabel(r.Reason)} ({r.Count})").ToList(),
            items.GetValueOrDefault(c.ContentItemId))).ToList();
    }

    /// <summary>One comment to decide on; <see cref="Item"/> is the page it belongs to (null when that page is not published).</summary>
    public sealed record QueueEntry(Comment Comment, string AuthorName, IReadOnlyList<string> Reasons, PublishedLink? Item)
    {
        /// <summary>Hidden after reports but not yet decided: the moderator confirms or restores.</summary>
        public bool HiddenByReports => Comment.Status == CommentStatus.Pending && Comment.ReportCount >= CommentRules.ReportsToHide;

        /// <summary>Waiting for pre-moderation: publishing it is the usual answer; otherwise keeping it hidden is the safe one.</summary>
        public bool AwaitingApproval => Comment.Status == CommentStatus.Pending && !HiddenByReports;

        /// <summary>Where the comment is read in its discussion; readers see it there only while it is visible.</summary>
        public string? Link => Item?.Url is not { } url
            ? null
            : Comment.Status == CommentStatus.Visible ? CommentPages.LinkTo(url, Comment.Id) : $"{url}#commentaires";
    }
}
