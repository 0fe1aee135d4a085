namespace Ngp.Notifications;

public sealed record InAppView(long Id, string Event, string Title, string? Text, string? Url, DateTimeOffset CreatedUtc, bool Read);
