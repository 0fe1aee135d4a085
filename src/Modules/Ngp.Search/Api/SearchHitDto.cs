namespace Ngp.Search.Api;

public sealed record SearchHitDto(
    string Id, string Type, string TypeLabel, string Title, string Excerpt, string? Url, DateTimeOffset Date,
    int? Ambition, IReadOnlyList<string> Themes, IReadOnlyList<string> Tags, string Agency, string AgencyName);
