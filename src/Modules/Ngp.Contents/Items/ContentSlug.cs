namespace Ngp.Contents.Items;

/// <summary>Every slug an item was published under; the current one answers, the others redirect to it (301).</summary>
public sealed class ContentSlug
{
    public long Id { get; set; }

    public required string ContentType { get; set; }

    public required string Slug { get; set; }

    public required string ContentItemId { get; set; }

    public bool IsCurrent { get; set; }
}
