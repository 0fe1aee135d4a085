using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Contents.Items;
using Ngp.Core.Web;

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

/// <summary>One field of an item with its definition (display name, kind); <see cref="Value"/> is the stored JSON value.</summary>
public sealed record FieldView(ContentFieldDefinition Definition, JsonNode? Value)
{
    public string? Text => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : Value?.ToString();

    public IReadOnlyList<string> Values => Value switch
    {
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToString()).OfType<string>().ToList(),
        null => [],
        _ => Text is { } t ? [t] : [],
    };
}

/// <summary>Builds <see cref="ContentView"/>s; pure, no database. Public surfaces get theirs from <see cref="ContentPrivacy.View"/>.</summary>
public static class ContentViews
{
    internal static ContentView From(ContentTypeDefinition type, ContentItemVersion version)
    {
        var data = ContentQuery.Data(version);
        var parts = data["parts"] as JsonObject;
        var fields = data["fields"] as JsonObject;
        var image = parts?["Image"] as JsonObject;
        return new ContentView
        {
            Type = type,
            Version = version,
            Title = Text(parts?["Title"]?["title"]) ?? version.DisplayText,
            Summary = type.HasPart("Summary") ? NullIfEmpty(Text(parts?["Summary"]?["text"])) : null,
            BodyMarkdown = type.HasPart("Body") ? NullIfEmpty(Text(parts?["Body"]?["markdown"])) : null,
            ImagePath = type.HasPart("Image") ? SafeUrl.MediaPath(Text(image?["path"])) : null,
            ImageAlt = Text(image?["alt"]) ?? "",
            Tags = type.HasPart("Tags") && parts?["Tags"]?["tags"] is JsonArray tags ? tags.Select(Text).OfType<string>().ToList() : [],
            Ambition = type.HasPart("Ambition") ? version.Ambition : null,
            RelativeUrl = type.RoutePrefix is { } prefix && version.Slug is { } slug ? $"{prefix}/{slug}" : null,
            Fields = type.Fields.Select(f => new FieldView(f, fields?[f.Name]?["value"])).Where(f => f.Value is not null).ToList(),
        };
    }

    /// <summary>An instant for feeds and sitemaps (RFC 3339, UTC); pages use <see cref="Ngp.Core.Web.ParisTime"/>.</summary>
    public static string IsoDate(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
