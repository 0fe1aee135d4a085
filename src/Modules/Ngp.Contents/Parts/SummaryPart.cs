using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;

namespace Ngp.Contents.Parts;

public sealed class SummaryPart : IContentPart
{
    public const int MaxLength = 500;

    public string Name => "Summary";

    public string DisplayName => "Résumé";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var text = JsonRead.Text(input, "text") ?? "";
        if (definition.Required && text.Length == 0)
            errors.Add("Le résumé est obligatoire.");
        if (text.Length > MaxLength)
            errors.Add($"Le résumé ne doit pas dépasser {MaxLength} caractères.");
        return new JsonObject { ["text"] = text };
    }

    public void Index(JsonObject data, ContentIndexContext context) => context.AddText(JsonRead.Text(data, "text"));
}
