using System.Text.Json;
using Ngp.Core.Tenancy;

namespace Ngp.Recipes;

/// <summary>
/// <c>{"name":"recipes","values":["agency"]}</c>: runs other recipes, in order, in the same tenant, so that a demo
/// recipe builds on the production one instead of repeating it.
/// </summary>
public sealed class RecipesStep(RecipeCatalog catalog, RecipeExecutor executor, ITenantContext tenantContext) : IRecipeStep
{
    private const int MaxDepth = 5;

    public string Name => "recipes";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!step.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            yield return "« values » doit être la liste des recettes à exécuter.";
            yield break;
        }
        foreach (var value in values.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.String || catalog.Find(value.GetString()!) is null)
                yield return $"La recette « {value} » n'existe pas.";
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        if (context.Depth >= MaxDepth)
            throw new RecipeException($"les recettes s'incluent les unes les autres sur plus de {MaxDepth} niveaux.");
        foreach (var value in step.GetProperty("values").EnumerateArray())
        {
            var recipe = catalog.Find(value.GetString()!)!;
            await executor.ExecuteAsync(tenantContext.Tenant, recipe, context.Parameters, ct, context.Depth + 1);
        }
    }
}
