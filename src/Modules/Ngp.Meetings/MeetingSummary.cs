namespace Ngp.Meetings;

public sealed record MeetingSummary(
    string Id, string Title, string? Slug, string Kind, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string? Place, string? OnlineUrl,
    int? Capacity, int Registered, int Waiting, bool Closed, string? SynthesisId, string? ProjectId)
{
    public int? PlacesLeft => Capacity is { } c ? Math.Max(0, c - Registered) : null;

    public string? RelativeUrl => Slug is null ? null : $"reunions/{Slug}";
}
