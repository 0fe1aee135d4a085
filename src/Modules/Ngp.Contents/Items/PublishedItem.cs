using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Items;

/// <summary>A published item with its type, as the modules that add a capability to it (comments, follows) read it.</summary>
public sealed record PublishedItem(ContentItemVersion Version, ContentTypeDefinition Type)
{
    public string Id => Version.ContentItemId;

    public string Title => Version.DisplayText;

    public bool Has(string part) => Type.HasPart(part);

    /// <summary>The part's settings on this item's type (<c>{"name":"Commentable","settings":{…}}</c>), null when the type has none.</summary>
    public JsonObject? PartSettings(string part) => Type.Parts.FirstOrDefault(p => p.Name == part)?.Settings;

    public string? RelativeUrl => Type.RoutePrefix is { } prefix && Version.Slug is { } slug ? $"{prefix}/{slug}" : null;
}
