namespace Ngp.Contents.Items;

/// <summary>Filters of an item list; <see cref="Status"/> null means what the public sees (published versions).</summary>
public sealed record ContentFilter
{
    public string? Type { get; init; }

    public ContentStatus? Status { get; init; }

    /// <summary>Latest versions whatever their status (the admin list); ignored when <see cref="Status"/> is set.</summary>
    public bool AllLatest { get; init; }

    public string? AuthorId { get; init; }

    public int? Ambition { get; init; }

    public string? Tag { get; init; }

    public string? Text { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}
