using System.Text.Json;

namespace Ngp.Recipes;

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
