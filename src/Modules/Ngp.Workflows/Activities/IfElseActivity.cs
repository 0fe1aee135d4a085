using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Liquid condition → <c>True</c> or <c>False</c>.</summary>
public sealed class IfElseActivity : IActivity
{
    public string Type => "IfElse";

    public string Label => "Si / sinon";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("condition", "Condition (expression Liquid)", PropertyKind.Condition, Required: true, Hint: "Exemple : Content.ContentType == \"News\"")];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.True, Activities.Outcomes.False];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct) =>
        ActivityResult.Outcome(await context.ConditionAsync("condition") ? Activities.Outcomes.True : Activities.Outcomes.False);
}
