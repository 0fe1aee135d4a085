using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Results;
using Ngp.Maintenance.Handlers;

namespace Ngp.Maintenance.Pages.Maintenance;

/// <summary>A request as a resident sees it: its timeline, the conversation with the agency (the filer's), « Moi aussi » (a neighbour's).</summary>
[Authorize]
public sealed class RequestPageModel(MaintenanceViewer viewer, RequestReader reader) : PageModel
{
    public RequestDetail? Detail { get; private set; }

    [BindProperty]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostMessageAsync(long id, [FromServices] PostMessage handler, CancellationToken ct)
    {
        if (await viewer.CurrentAsync(ct) is not { } caller)
            return Challenge();
        var result = await handler.HandleAsync(caller, id, Body, ct);
        if (result.IsOk)
        {
            TempData["MaintenanceMessage"] = "Votre message est envoyé.";
            return Redirect(Url.Content($"~/demandes/{id}") + "#messages");
        }
        return await RefusedAsync(id, result, ct);
    }

    public async Task<IActionResult> OnPostMeTooAsync(long id, string? comment, string? returnTo, [FromServices] AddMeToo handler, CancellationToken ct)
    {
        if (await viewer.CurrentAsync(ct) is not { } caller)
            return Challenge();
        var result = await handler.HandleAsync(caller, id, comment, ct);
        if (!result.IsOk)
            return await RefusedAsync(id, result, ct);
        TempData["MaintenanceMessage"] = "Merci : votre « Moi aussi » est compté.";
        return Redirect(returnTo == "nouvelle" ? Url.Content("~/demandes/nouvelle") + "#deja-signale" : Url.Content($"~/demandes/{id}"));
    }

    private async Task<IActionResult> RefusedAsync(long id, Result result, CancellationToken ct)
    {
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        foreach (var message in result.Errors.SelectMany(e => e.Value).DefaultIfEmpty(result.Message ?? ""))
            ModelState.AddModelError(nameof(Body), message);
        Response.StatusCode = result.HttpStatus;
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken ct)
    {
        if (await viewer.CurrentAsync(ct) is not { } caller)
            return Challenge();
        Detail = await reader.DetailAsync(caller, id, ct);
        return Detail is null ? NotFound() : Page();
    }
}
