using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ngp.Recipes;

/// <summary>A recipe file: a header and an ordered list of steps, each step's body read by the step that owns its name.</summary>
public sealed record Recipe
{
    public required string Name { get; init; }

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public string Version { get; init; } = "1";

    /// <summary>The day the recipe's dates were written for; when set, they move with the day it runs (<see cref="RecipeDates"/>).</summary>
    public DateOnly? DatesAsOf { get; init; }

    public IReadOnlyList<JsonElement> Steps { get; init; } = [];

    [JsonIgnore]
    public string? SourcePath { get; init; }
}

/// <summary>Values the caller hands to a recipe run (the first administrator's credentials, say).</summary>
public sealed class RecipeContext(Recipe recipe, IReadOnlyDictionary<string, string> parameters, int depth = 0)
{
    /// <summary>How deep this run is inside <c>recipes</c> steps; bounds recipes that include each other.</summary>
    public int Depth { get; } = depth;

    public Recipe Recipe { get; } = recipe;

    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// One kind of recipe step. A step validates its whole body before any step runs, so an invalid recipe
/// changes nothing; running the same step twice leaves the tenant as after the first run.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>French reasons why the body cannot run; empty when it can.</summary>
    IEnumerable<string> Validate(JsonElement step);

    Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct);
}

public sealed class RecipeException(string message, int? stepIndex = null, string? stepName = null) : Exception(message)
{
    public int? StepIndex { get; } = stepIndex;

    public string? StepName { get; } = stepName;
}
