using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Results;
using Ngp.Maintenance.Handlers;

namespace Ngp.Maintenance.Pages.Admin;

/// <summary>A request as the agent handles it: take it, answer the resident, close it, or reject it with the reason the resident reads.</summary>
[Authorize(Policy = "permission:ManageMaintenance")]
public sealed class RequestModel(MaintenanceViewer viewer, RequestReader reader, ChangeStatus status) : PageModel
{
    public RequestDetail? Detail { get; private set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostTakeAsync(long id, CancellationToken ct) =>
        await DoneAsync(id, "La demande est prise en charge.", nameof(Answer), await CallerAsync(ct) is { } c ? await status.TakeAsync(c, id, ct) : null, ct);

    public async Task<IActionResult> OnPostAnswerAsync(long id, [FromServices] PostMessage handler, CancellationToken ct) =>
        await DoneAsync(id, "Votre réponse est envoyée au locataire.", nameof(Answer), await CallerAsync(ct) is { } c ? await handler.HandleAsync(c, id, Answer, ct) : null, ct);

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        await DoneAsync(id, "La demande est clôturée.", nameof(Note), await CallerAsync(ct) is { } c ? await status.CloseAsync(c, id, Note, ct) : null, ct);

    public async Task<IActionResult> OnPostRejectAsync(long id, CancellationToken ct) =>
        await DoneAsync(id, "La demande est rejetée.", nameof(Reason), await CallerAsync(ct) is { } c ? await status.RejectAsync(c, id, Reason, ct) : null, ct);

    private Task<MaintenanceCaller?> CallerAsync(CancellationToken ct) => viewer.CurrentAsync(ct);

    private async Task<IActionResult> DoneAsync(long id, string done, string field, Result? result, CancellationToken ct)
    {
        if (result is null)
            return Challenge();
        if (result.IsOk)
        {
            TempData["MaintenanceMessage"] = done;
            return Redirect(Url.Content($"~/admin/demandes/{id}"));
        }
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        foreach (var message in result.Errors.SelectMany(e => e.Value).DefaultIfEmpty(result.Message ?? ""))
            ModelState.AddModelError(field, message);
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
