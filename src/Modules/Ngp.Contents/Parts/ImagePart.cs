using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Core.Web;

namespace Ngp.Contents.Parts;

/// <summary>The main image: a stored media path and its text alternative, required for screen-reader users.</summary>
public sealed class ImagePart : IContentPart
{
    public string Name => "Image";

    public string DisplayName => "Image principale";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var path = JsonRead.Text(input, "path");
        var alt = JsonRead.Text(input, "alt") ?? "";
        if (string.IsNullOrEmpty(path))
        {
            if (definition.Required)
                errors.Add("L'image est obligatoire.");
            return new JsonObject { ["path"] = null, ["alt"] = "" };
        }
        // Only images stored by the site itself: no address of another site, no script scheme.
        if (SafeUrl.MediaPath(path) is null)
            errors.Add("L'image doit être une image téléversée sur le site.");
        if (alt.Length == 0)
            errors.Add("Décrivez l'image en quelques mots (texte alternatif) pour les personnes qui ne la voient pas.");
        else if (alt.Length > 250)
            errors.Add("Le texte alternatif ne doit pas dépasser 250 caractères.");
        return new JsonObject { ["path"] = path, ["alt"] = alt };
    }
}
