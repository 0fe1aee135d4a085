using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Workflows.Engine;

namespace Ngp.Workflows.Pages.Admin.Workflows;

[Authorize(Policy = "permission:ManageWorkflows")]
public sealed class InstanceModel(WorkflowInstances instances) : PageModel
{
    public InstanceDetail Detail { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string instanceId, CancellationToken ct)
    {
        if (await instances.FindAsync(instanceId, ct) is not { } detail)
            return NotFound();
        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(string instanceId, CancellationToken ct)
    {
        var result = await instances.RetryAsync(instanceId, ct);
        if (result.Status == Core.Results.ResultStatus.NotFound)
            return NotFound();
        Message = result.IsOk ? "L'instance est relancée : elle reprend là où elle s'était arrêtée." : result.Message;
        return RedirectToPage(new { instanceId });
    }
}
