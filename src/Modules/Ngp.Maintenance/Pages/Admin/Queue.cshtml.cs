using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Accounts;
using Ngp.Maintenance.Handlers;

namespace Ngp.Maintenance.Pages.Admin;

/// <summary>The agents' queue: the agency's requests, filtered by building, category, status and lateness, 25 a page.</summary>
[Authorize(Policy = "permission:ManageMaintenance")]
public sealed class QueueModel(MaintenanceViewer viewer, RequestReader reader, MaintenanceSettingsStore settingsStore, IUserDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "immeuble")]
    public string? Building { get; set; }

    [BindProperty(SupportsGet = true, Name = "categorie")]
    public string? Category { get; set; }

    /// <summary>« ouvertes » (the default), or a status code of the API (received, in-progress, closed, rejected), or « toutes ».</summary>
    [BindProperty(SupportsGet = true, Name = "statut")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "retard")]
    public bool Late { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public RequestList List { get; private set; } = new([], 1, RequestReader.PageSize, 0);

    public IReadOnlyList<string> Buildings { get; private set; } = [];

    public MaintenanceSettings Settings { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await viewer.CurrentAsync(ct) is not { } caller)
            return Challenge();
        Settings = await settingsStore.GetAsync(ct);
        Buildings = await directory.BuildingsAsync(ct);
        var status = MaintenanceTexts.ParseStatus(Status);
        var filter = new RequestFilter(status, Open: status is null && Status != "toutes", Building: Building, Category: Category, Late: Late, Page: Math.Clamp(PageNumber ?? 1, 1, 100_000));
        List = await reader.ListAsync(caller, filter, ct);
        return Page();
    }

    /// <summary>The address of another page of the same filters.</summary>
    public string PagePrefix()
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["immeuble"] = Building,
            ["categorie"] = Category,
            ["statut"] = Status,
            ["retard"] = Late ? "true" : null,
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
        return Url.Content("~/admin/demandes") + (query.HasValue ? query.Value + "&page=" : "?page=");
    }
}
