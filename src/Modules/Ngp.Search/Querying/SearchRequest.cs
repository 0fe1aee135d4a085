namespace Ngp.Search.Querying;

/// <summary>What a visitor asks: words, facet filters (exact values), sort, page.</summary>
public sealed record SearchRequest
{
    public string? Q { get; init; }

    public string? Type { get; init; }

    public string? Ambition { get; init; }

    public string? Theme { get; init; }

    public string? Year { get; init; }

    public string? Agency { get; init; }

    /// <summary><c>date</c> for the most recent first; relevance otherwise.</summary>
    public string? Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    public bool SortByDate => string.Equals(Sort, "date", StringComparison.OrdinalIgnoreCase);
}
