using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Parts;

public sealed class TitlePart : IContentPart
{
    public const int MaxLength = 200;

    public string Name => "Title";

    public string DisplayName => "Titre";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var title = JsonRead.Text(input, "title") ?? "";
        if (title.Length == 0)
            errors.Add("Le titre est obligatoire.");
        else if (title.Length > MaxLength)
            errors.Add($"Le titre ne doit pas dépasser {MaxLength} caractères.");
        else if (title.Contains('\n', StringComparison.Ordinal))
            errors.Add("Le titre tient sur une ligne.");
        return new JsonObject { ["title"] = title };
    }
}
