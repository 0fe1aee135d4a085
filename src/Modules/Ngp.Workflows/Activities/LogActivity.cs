using System.Text.Json.Nodes;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Writes a line in the instance's log, shown with its journal.</summary>
public sealed class LogActivity : IActivity
{
    public string Type => "Log";

    public string Label => "Journaliser un message";

    public IReadOnlyList<ActivityProperty> Properties { get; } = [new("message", "Message (Liquid)", PropertyKind.Liquid, Required: true)];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var message = await context.RenderAsync("message");
        context.State.Log.Add($"{context.Now:O} {message}");
        context.SetOutput(JsonValue.Create(message));
        return ActivityResult.Outcome(Activities.Outcomes.Done);
    }
}
