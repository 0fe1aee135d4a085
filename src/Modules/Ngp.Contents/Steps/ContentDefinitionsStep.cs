using System.Text.Json;
using Ngp.Contents.Definitions;
using Ngp.Recipes;

namespace Ngp.Contents.Steps;

/// <summary><c>{"name":"contentDefinitions","types":[{definition}]}</c>: creates or replaces each listed type.</summary>
public sealed class ContentDefinitionsStep(ContentDefinitionStore store) : IRecipeStep
{
    public string Name => "contentDefinitions";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!step.TryGetProperty("types", out var types) || types.ValueKind != JsonValueKind.Array)
        {
            yield return "« types » doit être une liste de types de contenus.";
            yield break;
        }
        foreach (var element in types.EnumerateArray())
        {
            ContentTypeDefinition? definition = null;
            string? parseError = null;
            try
            {
                definition = element.Deserialize<ContentTypeDefinition>(ContentDefinitionStore.Json);
            }
            catch (JsonException e)
            {
                parseError = e.Message;
            }
            if (definition is null)
            {
                yield return "Définition de type illisible : " + parseError;
                continue;
            }
            foreach (var error in store.Check(definition).SelectMany(e => e.Value))
                yield return $"Type « {definition.Name} » : {error}";
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var element in step.GetProperty("types").EnumerateArray())
        {
            var result = await store.SaveAsync(element.Deserialize<ContentTypeDefinition>(ContentDefinitionStore.Json)!, ct);
            if (!result.IsOk)
                throw new RecipeException(result.Message + " " + string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        }
    }
}
