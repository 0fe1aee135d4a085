using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Waits for its incoming branches: all of them (<c>all</c>) or the first (<c>any</c>).</summary>
public sealed class JoinActivity : IActivity
{
    public string Type => "Join";

    public string Label => "Rejoindre des branches";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("mode", "Mode (all : toutes les branches ; any : la première)", PropertyKind.Text, Hint: "all ou any")];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var id = context.Activity.Id;
        if (!context.State.Joins.TryGetValue(id, out var arrived))
            context.State.Joins[id] = arrived = [];
        if (!arrived.Contains(context.From))
            arrived.Add(context.From);
        var any = string.Equals(context.Activity.Property("mode").Trim(), "any", StringComparison.OrdinalIgnoreCase);
        if (any)
            return Task.FromResult(arrived.Count == 1 ? ActivityResult.Outcome(Activities.Outcomes.Done) : ActivityResult.Outcome());
        if (context.IncomingFrom.All(arrived.Contains))
        {
            context.State.Joins.Remove(id);
            return Task.FromResult(ActivityResult.Outcome(Activities.Outcomes.Done));
        }
        return Task.FromResult(ActivityResult.Outcome());
    }
}
