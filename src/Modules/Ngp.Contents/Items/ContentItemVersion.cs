using Ngp.Core.Accounts;

namespace Ngp.Contents.Items;

/// <summary>
/// One version of a content item: the parts and fields as a JSON document, plus the columns listings query
/// (type, status, dates, slug, owner, ambition), so a list never parses JSON. The filtered unique indexes keep
/// exactly one Latest and at most one Published version per item, even under concurrent saves.
/// </summary>
public sealed class ContentItemVersion
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public int Number { get; set; }

    public required string ContentType { get; set; }

    public ContentStatus Status { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public required string DisplayText { get; set; }

    public string? Slug { get; set; }

    public int? Ambition { get; set; }

    [UserId]
    public required string OwnerId { get; set; }

    [UserId]
    public required string AuthorId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ModifiedUtc { get; set; }

    public DateTimeOffset? PublishedUtc { get; set; }

    public DateTimeOffset? ScheduledUtc { get; set; }

    /// <summary><c>{"parts":{…},"fields":{…}}</c></summary>
    public required string Data { get; set; }

    public List<ContentTag> Tags { get; set; } = [];
}
