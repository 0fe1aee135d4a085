using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Participation.Parts;

/// <summary>A capability without data of its own (comments, votes, follows, reports live in relational tables).</summary>
public abstract class MarkerPart : IContentPart
{
    public abstract string Name { get; }

    public abstract string DisplayName { get; }

    public bool HasData => false;

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}
