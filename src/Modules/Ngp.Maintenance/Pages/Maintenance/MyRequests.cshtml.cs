using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Maintenance.Handlers;

namespace Ngp.Maintenance.Pages.Maintenance;

/// <summary>« Mes demandes »: the resident's requests and the open ones of their building's common areas, newest first.</summary>
[Authorize]
public sealed class MyRequestsModel(MaintenanceViewer viewer, RequestReader reader) : PageModel
{
    public RequestList List { get; private set; } = new([], 1, RequestReader.PageSize, 0);

    public bool IsResident { get; private set; }

    public string PagePrefix => Url.Content("~/demandes") + "?page=";

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken ct)
    {
        var caller = await viewer.CurrentAsync(ct);
        if (caller is null)
            return Challenge();
        IsResident = caller.Lease is not null;
        List = await reader.ListAsync(caller, new RequestFilter(Page: Math.Clamp(page ?? 1, 1, 100_000)), ct);
        return Page();
    }
}
