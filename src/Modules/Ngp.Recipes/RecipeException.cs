namespace Ngp.Recipes;

public sealed class RecipeException(string message, int? stepIndex = null, string? stepName = null) : Exception(message)
{
    public int? StepIndex { get; } = stepIndex;

    public string? StepName { get; } = stepName;
}
