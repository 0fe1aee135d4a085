using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Search.Indexing;

/// <summary>
/// Marks a content type whose published items are indexed (News, and any type a recipe gives it):
/// adding the part to a type is all it takes. It holds no data; the document is built from the item's other
/// parts and fields (<see cref="SearchDocumentFactory"/>).
/// </summary>
public sealed class IndexablePart : IContentPart
{
    public const string PartName = "Indexable";

    public string Name => PartName;

    public string DisplayName => "Recherche (indexé)";

    /// <summary>Nothing to type: the admin editor shows no input for it.</summary>
    public bool HasData => false;

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}
