using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ngp.Core.Web;

namespace Ngp.Notifications.Pages.Notifications;

/// <summary>The bell's page: unread first; marking read is a plain form, so it works without JavaScript.</summary>
[Authorize]
public sealed class IndexModel(InAppNotifications notifications, IStringLocalizer<NotificationsText> t) : PageModel
{
    public IReadOnlyList<InAppView> Items { get; private set; } = [];

    public int Unread { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>A notice's link is relative to the agency; an absolute one (a workflow's) is kept.</summary>
    public string Link(string url) => SafeUrl.Web(url) ?? Url.Content("~/" + url.TrimStart('/', '~'));

    public async Task OnGetAsync(CancellationToken ct) => (Items, Unread) = await notifications.ListAsync(UserId, 100, ct);

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        var result = await notifications.MarkReadAsync(UserId, id, ct);
        if (!result.IsOk)
            return NotFound();
        TempData["Message"] = t["Notification marquée comme lue."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await notifications.MarkAllReadAsync(UserId, ct);
        TempData["Message"] = t["Toutes vos notifications sont marquées comme lues."].Value;
        return RedirectToPage();
    }
}
