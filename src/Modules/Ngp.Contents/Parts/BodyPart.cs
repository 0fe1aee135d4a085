using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;

namespace Ngp.Contents.Parts;

public sealed class BodyPart : IContentPart
{
    public const int MaxLength = 100_000;

    public string Name => "Body";

    public string DisplayName => "Texte (Markdown)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var markdown = input?["markdown"] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (definition.Required && string.IsNullOrWhiteSpace(markdown))
            errors.Add("Le texte est obligatoire.");
        if (markdown.Length > MaxLength)
            errors.Add($"Le texte ne doit pas dépasser {MaxLength} caractères.");
        return new JsonObject { ["markdown"] = markdown };
    }

    public void Index(JsonObject data, ContentIndexContext context) => context.AddMarkdown(JsonRead.Text(data, "markdown"));
}
