using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Web;

namespace Ngp.Contents.Display;

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
