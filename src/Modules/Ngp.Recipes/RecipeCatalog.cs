using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Ngp.Recipes;

/// <summary>The recipes available to tenant setup, read from the recipes folder by their <c>name</c>.</summary>
public sealed class RecipeCatalog(IOptions<RecipeOptions> options)
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string Folder => options.Value.Path ?? System.IO.Path.Combine(AppContext.BaseDirectory, "recipes");

    public IReadOnlyList<Recipe> List()
    {
        if (!Directory.Exists(Folder))
            return [];
        var recipes = new List<Recipe>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.recipe.json").Order(StringComparer.Ordinal))
        {
            if (TryRead(file, out var recipe, out _))
                recipes.Add(recipe!);
        }
        return recipes;
    }

    public Recipe? Find(string name) => List().FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));

    public static Recipe Parse(string json, string? sourcePath = null)
    {
        Recipe? recipe;
        try
        {
            recipe = JsonSerializer.Deserialize<Recipe>(json, SerializerOptions);
        }
        catch (JsonException e)
        {
            throw new RecipeException($"La recette n'est pas un JSON valide (ligne {e.LineNumber + 1}) : {e.Message}");
        }
        if (recipe is null || string.IsNullOrWhiteSpace(recipe.Name))
            throw new RecipeException("La recette doit avoir un nom (« name »).");
        return recipe with { SourcePath = sourcePath };
    }

    private static bool TryRead(string file, out Recipe? recipe, out string? error)
    {
        try
        {
            recipe = Parse(File.ReadAllText(file), file);
            error = null;
            return true;
        }
        catch (RecipeException e)
        {
            recipe = null;
            error = e.Message;
            return false;
        }
    }
}
