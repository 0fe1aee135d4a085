using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Workflows.Activities;
using Ngp.Workflows.Admin;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Engine;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Pages.Admin.Workflows;

[Authorize(Policy = "permission:ManageWorkflows")]
public sealed partial class EditModel(WorkflowTypeStore store, ActivityCatalog catalog, WorkflowStartEvents startEvents, WorkflowSignals signals) : PageModel
{
    [BindProperty]
    public WorkflowForm Form { get; set; } = new();

    /// <summary>The definition as last saved (for the diagram and the signal link); null for a new workflow.</summary>
    public WorkflowDefinition? Saved { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public Dictionary<string, string[]> FieldErrors { get; private set; } = new();

    public ActivityCatalog Catalog => catalog;

    public WorkflowStartEvents StartEvents => startEvents;

    [TempData]
    public string? Message { get; set; }

    public string? SignalUrl => Saved?.StartEvent?.Type == WorkflowEvents.Signal ? signals.RelativeUrl(Saved.Id, null) : null;

    /// <summary>Every outcome of every activity (and the start), as the transition editor offers them.</summary>
    public IEnumerable<(string Value, string Label)> Sources()
    {
        yield return ($"{WorkflowDefinition.StartId}|{Outcomes.Done}", "Départ → Done");
        foreach (var row in Form.Activities)
        {
            if (catalog.Find(row.Type) is not { } kind)
                continue;
            var definition = new ActivityDefinition { Id = row.Id, Type = row.Type, Properties = row.Properties.ToDictionary(p => p.Key, p => p.Value ?? "") };
            foreach (var outcome in kind.Outcomes(definition))
                yield return ($"{row.Id}|{outcome}", $"{row.Id} → {outcome}");
        }
    }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (id is null)
            return Page();
        Saved = await store.FindAsync(id, ct);
        if (Saved is null)
            return NotFound();
        Form = WorkflowForm.From(Saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAddActivityAsync(string? id, CancellationToken ct)
    {
        await LoadSavedAsync(id, ct);
        Form.ApplyRemovals();
        ModelState.Clear();
        if (catalog.Find(Form.NewActivityType ?? "") is { } kind)
        {
            var baseId = Slug().Replace(kind.Type.ToLowerInvariant(), "-");
            var n = 1;
            while (Form.Activities.Any(a => a.Id == $"{baseId}-{n}"))
                n++;
            Form.Activities.Add(new WorkflowForm.ActivityRow { Id = $"{baseId}-{n}", Type = kind.Type });
            // The first activity follows the start event, so a simple workflow needs no transition editing.
            if (Form.Activities.Count == 1 && Form.Transitions.Count == 0)
                Form.Transitions.Add(new WorkflowForm.TransitionRow { Source = $"{WorkflowDefinition.StartId}|{Outcomes.Done}", To = $"{baseId}-{n}" });
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddTransitionAsync(string? id, CancellationToken ct)
    {
        await LoadSavedAsync(id, ct);
        Form.ApplyRemovals();
        ModelState.Clear();
        Form.Transitions.Add(new WorkflowForm.TransitionRow());
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string? id, CancellationToken ct)
    {
        await LoadSavedAsync(id, ct);
        Form.ApplyRemovals();
        ModelState.Clear();
        var definition = Form.ToDefinition();
        if (Form.OriginalId is { Length: > 0 } original && definition.Id != original)
        {
            Errors = ["L'identifiant d'un workflow existant ne change pas : créez-en un nouveau."];
            return Page();
        }
        if (Form.OriginalId is null or "" && await store.FindAsync(definition.Id, ct) is not null)
        {
            Errors = [$"Un workflow « {definition.Id} » existe déjà : choisissez un autre identifiant."];
            return Page();
        }
        var result = await store.SaveAsync(definition, ct);
        if (!result.IsOk)
        {
            FieldErrors = new Dictionary<string, string[]>(result.Errors);
            Errors = result.Errors.SelectMany(e => e.Value).ToList();
            return Page();
        }
        Message = $"Le workflow « {result.Value.Name} » est enregistré (version {result.Value.Version}).";
        return RedirectToPage(new { id = result.Value.Id });
    }

    private async Task LoadSavedAsync(string? id, CancellationToken ct)
    {
        if (id is not null)
            Saved = await store.FindAsync(id, ct);
    }

    public string[] ErrorsOf(string key) => FieldErrors.TryGetValue(key, out var errors) ? errors : [];

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
