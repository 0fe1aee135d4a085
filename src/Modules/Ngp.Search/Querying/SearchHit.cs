namespace Ngp.Search.Querying;

public sealed record SearchHit(
    string Id, string ContentItemId, string Type, string Title, string Excerpt, string? Url, DateTimeOffset Date,
    int? Ambition, IReadOnlyList<string> Themes, IReadOnlyList<string> Tags, string Agency, string AgencyName, string TypeLabel);
