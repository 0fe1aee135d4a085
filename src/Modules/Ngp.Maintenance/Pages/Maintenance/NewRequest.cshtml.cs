using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Results;
using Ngp.Maintenance.Handlers;

namespace Ngp.Maintenance.Pages.Maintenance;

/// <summary>
/// « Nouvelle demande »: first the open requests of the building's common areas, each with « Moi aussi », then the
/// form. Refused input comes back with its messages and nothing is stored.
/// </summary>
[Authorize]
public sealed class NewRequestModel(MaintenanceViewer viewer, RequestReader reader, MaintenanceSettingsStore settingsStore) : PageModel
{
    [BindProperty]
    public NewRequestForm Input { get; set; } = new();

    public MaintenanceSettings Settings { get; private set; } = new();

    public IReadOnlyList<RequestSummary> OpenInBuilding { get; private set; } = [];

    public IReadOnlySet<long> MeTooByMe { get; private set; } = new HashSet<long>();

    public string? Building { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var caller = await viewer.CurrentAsync(ct);
        if (caller is null)
            return Challenge();
        return await ShowAsync(caller, ct);
    }

    public async Task<IActionResult> OnPostAsync([FromServices] FileRequest handler, CancellationToken ct)
    {
        var caller = await viewer.CurrentAsync(ct);
        if (caller is null)
            return Challenge();
        var area = Input.Location == "common" ? Input.CommonArea : Input.Room;
        var result = await handler.HandleAsync(caller, new FileRequestInput(Input.Category, Input.Description, Input.Location, area, Input.Urgency), ct);
        if (result.IsOk)
        {
            TempData["MaintenanceFiled"] = result.Value.Reference;
            return Redirect(Url.Content($"~/demandes/{result.Value.Id}"));
        }
        AddErrors(result);
        Response.StatusCode = result.HttpStatus;
        return await ShowAsync(caller, ct);
    }

    private async Task<IActionResult> ShowAsync(MaintenanceCaller caller, CancellationToken ct)
    {
        Settings = await settingsStore.GetAsync(ct);
        Building = caller.Lease?.Building;
        OpenInBuilding = await reader.OpenInBuildingAsync(caller, ct);
        MeTooByMe = await reader.MeTooOfAsync(caller, OpenInBuilding.Select(r => r.Id).ToList(), ct);
        return Page();
    }

    private void AddErrors(Result result)
    {
        if (result.Errors.Count == 0)
            ModelState.AddModelError("", result.Message ?? "");
        foreach (var (field, messages) in result.Errors)
        {
            var key = field switch
            {
                "category" => "Input.Category",
                "description" => "Input.Description",
                "location" => "Input.Location",
                "area" => Input.Location == "common" ? "Input.CommonArea" : "Input.Room",
                "urgency" => "Input.Urgency",
                _ => "",
            };
            foreach (var message in messages)
                ModelState.AddModelError(key, message);
        }
    }
}
