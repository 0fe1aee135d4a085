using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Web;
using Ngp.Users.Accounts;

namespace Ngp.Users.Pages.Admin;

[Authorize(Policy = "permission:ManageUsers")]
public sealed class AccountsModel(NgpDbContext db, Invitations invitations, TimeProvider clock, SiteLinks links) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(string Email, DateTimeOffset CreatedUtc, IReadOnlyList<string> Roles, bool LockedOut);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var result = await invitations.InviteAsync(Invite.Email, Invite.Role, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", token =>
            links.FromAppPath(Url.Page("/Account/Invitation", pageHandler: null, values: new { token })!), ct);
        if (!result.IsOk)
        {
            ModelState.AddResult(result, nameof(Invite));
            await LoadAsync(ct);
            return Page();
        }
        Message = $"Invitation envoyée à {result.Value.Email} ({RoleLabels.French(result.Value.Role)}), valable 7 jours.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(q));
        }
        Total = await users.CountAsync(ct);
        var page = await users.OrderBy(u => u.NormalizedEmail)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.Email, u.CreatedUtc, u.LockoutEnd })
            .ToListAsync(ct);
        var ids = page.Select(u => u.Id).ToList();
        // One query for the roles of the whole page, not one per user.
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        Users = page.Select(u => new Row(u.Email!, u.CreatedUtc,
            roles.Where(r => r.UserId == u.Id).Select(r => RoleLabels.French(r.Name!)).Order().ToList(),
            u.LockoutEnd > now)).ToList();
    }
}
