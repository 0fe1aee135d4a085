namespace Ngp.Recipes;

public sealed class RecipeOptions
{
    /// <summary>Folder of the <c>*.recipe.json</c> files; defaults to <c>recipes/</c> beside the site's binaries.</summary>
    public string? Path { get; set; }
}
