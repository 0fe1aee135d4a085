using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Tenancy;

namespace Ngp.Recipes;

/// <summary>Runs a recipe in one tenant: every step is validated first, then the steps run in order.</summary>
public sealed class RecipeExecutor(ITenantScopeFactory scopes, TimeProvider clock, ILogger<RecipeExecutor> logger)
{
    /// <summary>Checks every step of the recipe without touching the tenant; throws <see cref="RecipeException"/> with the step and the reason.</summary>
    public static void Validate(Recipe recipe, IReadOnlyDictionary<string, IRecipeStep> steps)
    {
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var body = recipe.Steps[i];
            var name = StepName(body, i);
            if (!steps.TryGetValue(name, out var step))
                throw new RecipeException($"Étape {i + 1} : l'étape « {name} » est inconnue.", i, name);
            var errors = step.Validate(body).ToList();
            if (errors.Count > 0)
                throw new RecipeException($"Étape {i + 1} « {name} » : {string.Join(" ", errors)}", i, name);
        }
    }

    public async Task ExecuteAsync(TenantDescriptor tenant, Recipe recipe, IReadOnlyDictionary<string, string> parameters, CancellationToken ct, int depth = 0)
    {
        await using (var validationScope = scopes.CreateScope(tenant))
        {
            Validate(recipe, StepsOf(validationScope.ServiceProvider));
        }

        var context = new RecipeContext(recipe, parameters, depth);
        var shift = recipe.DatesAsOf is { } asOf ? RecipeDates.ShiftDays(asOf, clock.GetUtcNow()) : 0;
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var body = RecipeDates.Shift(recipe.Steps[i], shift);
            var name = StepName(body, i);
            // Each step runs in its own scope so that one step's tracked entities never leak into the next.
            await using var scope = scopes.CreateScope(tenant);
            var step = StepsOf(scope.ServiceProvider)[name];
            logger.LogInformation("Recipe {Recipe} step {Index} {Step} on tenant {Tenant}", recipe.Name, i + 1, name, tenant.Name);
            try
            {
                await step.ExecuteAsync(body, context, ct);
            }
            catch (RecipeException e) when (e.StepName is null)
            {
                throw new RecipeException($"Étape {i + 1} « {name} » : {e.Message}", i, name);
            }
        }
    }

    private static Dictionary<string, IRecipeStep> StepsOf(IServiceProvider services) =>
        services.GetServices<IRecipeStep>().ToDictionary(s => s.Name, StringComparer.Ordinal);

    private static string StepName(JsonElement body, int index)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            throw new RecipeException($"Étape {index + 1} : chaque étape doit être un objet avec un « name ».", index);
        return name.GetString()!;
    }
}
