using System.Text.Json;
using Ngp.Recipes;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Steps;

/// <summary>
/// <c>{"name":"workflows","workflows":[{definition}]}</c>: creates each workflow type, or updates the one with the same id,
/// so importing the same recipe twice keeps one type.
/// </summary>
public sealed class WorkflowsStep(WorkflowTypeStore store, WorkflowValidator validator) : IRecipeStep
{
    public string Name => "workflows";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!step.TryGetProperty("workflows", out var workflows) || workflows.ValueKind != JsonValueKind.Array)
        {
            yield return "« workflows » doit être une liste de workflows.";
            yield break;
        }
        foreach (var element in workflows.EnumerateArray())
        {
            var parsed = WorkflowTypeStore.Parse(element.GetRawText());
            if (!parsed.IsOk)
            {
                yield return parsed.Message!;
                continue;
            }
            foreach (var error in validator.Check(parsed.Value).SelectMany(e => e.Value))
                yield return $"Workflow « {parsed.Value.Id} » : {error}";
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var element in step.GetProperty("workflows").EnumerateArray())
        {
            var result = await store.SaveAsync(element.Deserialize<WorkflowDefinition>(WorkflowDefinition.Json)!, ct);
            if (!result.IsOk)
                throw new RecipeException(result.Message!);
        }
    }
}
