using System.Text.Json.Nodes;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Sets a workflow property (<c>Workflow.Properties.name</c>) to a rendered value.</summary>
public sealed class SetPropertyActivity : IActivity
{
    public string Type => "SetProperty";

    public string Label => "Définir une propriété";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("name", "Nom de la propriété", PropertyKind.Text, Required: true),
        new("value", "Valeur (Liquid)", PropertyKind.Liquid),
    ];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var value = await context.RenderAsync("value");
        context.State.Properties[context.Activity.Property("name")] = JsonValue.Create(value);
        return ActivityResult.Outcome(Activities.Outcomes.Done);
    }
}
