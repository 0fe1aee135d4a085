using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Parts;

public sealed class SlugPart : IContentPart
{
    public string Name => "Slug";

    public string DisplayName => "Adresse (lien)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var slug = JsonRead.Text(input, "slug");
        if (string.IsNullOrEmpty(slug))
            return new JsonObject { ["slug"] = null };
        var clean = Slugs.Transliterate(slug);
        if (clean.Length == 0)
            errors.Add("L'adresse doit contenir au moins une lettre ou un chiffre.");
        else if (clean.Length > Slugs.MaxLength)
            errors.Add($"L'adresse ne doit pas dépasser {Slugs.MaxLength} caractères.");
        return new JsonObject { ["slug"] = clean };
    }
}
