using System.Text.Json.Nodes;
using Ngp.Contents.Items;

namespace Ngp.Contents.Api;

/// <summary>
/// An item as the API reads it: <c>{"id","type","title","slug","url","status","publishedUtc","parts","fields",…,"shortUrl"}</c>;
/// <c>shortUrl</c> (<c>https://site/agence/a/3KX9</c>) only for a published item with a page, like <c>url</c>.
/// </summary>
public sealed record ContentItemDto(
    string Id,
    string Type,
    string Title,
    string? Slug,
    string? Url,
    string Status,
    DateTimeOffset? PublishedUtc,
    JsonObject Parts,
    JsonObject Fields,
    int Version,
    DateTimeOffset ModifiedUtc,
    DateTimeOffset? ScheduledUtc,
    string? ShortUrl)
{
    public static ContentItemDto From(ContentItemVersion version, string? url, string? shortUrl = null)
    {
        var data = ContentQuery.Data(version);
        return new ContentItemDto(
            version.ContentItemId,
            version.ContentType,
            version.DisplayText,
            version.Slug,
            url,
            version.Status.ToString(),
            version.PublishedUtc,
            (JsonObject)data["parts"]!.DeepClone(),
            (JsonObject)data["fields"]!.DeepClone(),
            version.Number,
            version.ModifiedUtc,
            version.ScheduledUtc,
            url is null ? null : shortUrl);
    }
}
