using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Starts several branches at once: one outcome per branch name.</summary>
public sealed class ForkActivity : IActivity
{
    public string Type => "Fork";

    public string Label => "Séparer en branches";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("branches", "Branches (noms séparés par des virgules)", PropertyKind.Text, Required: true, Hint: "Exemple : A, B")];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) =>
        activity.Property("branches").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct) =>
        Task.FromResult(new ActivityResult { Outcomes = Outcomes(context.Activity) });
}
