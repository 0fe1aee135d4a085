using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Pages.Admin.Workflows;

[Authorize(Policy = "permission:ManageWorkflows")]
public sealed class IndexModel(WorkflowTypeStore store, WorkflowStartEvents startEvents) : PageModel
{
    public WorkflowStartEvents StartEvents => startEvents;

    public IReadOnlyList<WorkflowTypeRecord> Types { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Types = await store.ListAsync(ct);

    public async Task<IActionResult> OnPostToggleAsync(string id, bool enable, CancellationToken ct)
    {
        var result = await store.SetEnabledAsync(id, enable, ct);
        if (!result.IsOk)
            return NotFound();
        Message = enable ? "Le workflow est activé." : "Le workflow est désactivé : il ne démarre plus.";
        return RedirectToPage();
    }
}
