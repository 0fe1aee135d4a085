namespace Ngp.Recipes;

/// <summary>Values the caller hands to a recipe run (the first administrator's credentials, say).</summary>
public sealed class RecipeContext(Recipe recipe, IReadOnlyDictionary<string, string> parameters, int depth = 0)
{
    /// <summary>How deep this run is inside <c>recipes</c> steps; bounds recipes that include each other.</summary>
    public int Depth { get; } = depth;

    public Recipe Recipe { get; } = recipe;

    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}
