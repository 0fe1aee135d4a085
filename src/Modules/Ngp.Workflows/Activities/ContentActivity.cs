using System.Text.Json.Nodes;
using Ngp.Core.Results;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Shared by the content tasks: the item they act on and the outcome of a content use case.</summary>
public abstract class ContentActivity : IActivity
{
    protected static readonly ActivityProperty ItemProperty =
        new("contentItemId", "Contenu (Liquid ; vide : celui du workflow)", PropertyKind.Liquid, Hint: "Exemple : {{ Workflow.Outputs.creer }}");

    public abstract string Type { get; }

    public abstract string Label { get; }

    public abstract IReadOnlyList<ActivityProperty> Properties { get; }

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done, Activities.Outcomes.Failed];

    public abstract Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct);

    protected static async Task<string?> ItemIdAsync(ActivityContext context)
    {
        var id = (await context.RenderAsync("contentItemId")).Trim();
        return id.Length > 0 ? id : context.Instance.CorrelationId;
    }

    protected static ActivityResult From(Result result, ActivityContext context)
    {
        if (!result.IsOk)
            return ActivityResult.Fail(result.Message + " " + string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        context.ContentChanged = true;
        return ActivityResult.Outcome(Activities.Outcomes.Done);
    }

    /// <summary>Sets <c>Part.property</c> (a part) or <c>Field</c> (a field's value) in a content item's data.</summary>
    protected static void Set(JsonObject data, string path, string value)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var parts = data["parts"] as JsonObject ?? (JsonObject)(data["parts"] = new JsonObject());
            var part = parts[path[..dot]] as JsonObject ?? (JsonObject)(parts[path[..dot]] = new JsonObject());
            part[path[(dot + 1)..]] = value;
        }
        else
        {
            var fields = data["fields"] as JsonObject ?? (JsonObject)(data["fields"] = new JsonObject());
            fields[path] = new JsonObject { ["value"] = value };
        }
    }
}
