using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Halts until an event of a type arrives for a correlation (by default the instance's own).</summary>
public sealed class WaitForEventActivity : IActivity
{
    public string Type => "WaitForEvent";

    public string Label => "Attendre un événement";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("event", "Événement attendu", PropertyKind.Text, Required: true, Hint: "Exemples : ContentPublished, CommentPosted, ConsultationClosed"),
        new("correlation", "Corrélation (Liquid ; vide : celle du workflow)", PropertyKind.Liquid),
    ];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var correlation = (await context.RenderAsync("correlation")).Trim();
        return ActivityResult.HaltFor(context.Activity.Property("event").Trim(), correlation.Length > 0 ? correlation : context.Instance.CorrelationId);
    }
}
