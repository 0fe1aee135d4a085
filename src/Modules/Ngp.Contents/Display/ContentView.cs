using Ngp.Contents.Definitions;
using Ngp.Contents.Items;

namespace Ngp.Contents.Display;

/// <summary>What the public templates of a published item read: its parts already picked out of the JSON, its fields with their definitions.</summary>
public sealed record ContentView
{
    public required ContentTypeDefinition Type { get; init; }

    public required ContentItemVersion Version { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public string? BodyMarkdown { get; init; }

    /// <summary>Path of the main image relative to the tenant root (<c>media/…</c>), only when it is one of the site's own images.</summary>
    public string? ImagePath { get; init; }

    public string ImageAlt { get; init; } = "";

    public IReadOnlyList<string> Tags { get; init; } = [];

    public int? Ambition { get; init; }

    public DateTimeOffset? PublishedUtc => Version.PublishedUtc;

    /// <summary>The public address relative to the tenant (<c>actualites/mon-titre</c>), or null when the type has no page.</summary>
    public string? RelativeUrl { get; init; }

    public IReadOnlyList<FieldView> Fields { get; init; } = [];

    /// <summary>French label of the ambition (the localizer translates it), or null.</summary>
    public string? AmbitionLabel => Ambition is >= 1 and <= 4 ? Parts.AmbitionPart.Labels[Ambition.Value - 1] : null;
}
