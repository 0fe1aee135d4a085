using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Engine;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Pages.Admin.Workflows;

[Authorize(Policy = "permission:ManageWorkflows")]
public sealed class InstancesModel(WorkflowTypeStore store, WorkflowInstances instances) : PageModel
{
    public WorkflowDefinition Type { get; private set; } = new();

    public IReadOnlyList<InstanceSummary> Items { get; private set; } = [];

    public WorkflowStatus? Status { get; private set; }

    public static string StatusLabel(string status) => status switch
    {
        nameof(WorkflowStatus.Running) => "En cours",
        nameof(WorkflowStatus.Halted) => "En attente",
        nameof(WorkflowStatus.Finished) => "Terminée",
        nameof(WorkflowStatus.Faulted) => "En erreur",
        _ => status,
    };

    public async Task<IActionResult> OnGetAsync(string id, string? statut, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } type)
            return NotFound();
        Type = type;
        Status = Enum.TryParse<WorkflowStatus>(statut, out var parsed) ? parsed : null;
        Items = await instances.ListAsync(id, Status, 200, ct);
        return Page();
    }
}
