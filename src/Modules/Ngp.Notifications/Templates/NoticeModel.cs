namespace Ngp.Notifications.Templates;

public sealed class NoticeModel
{
    public required string Event { get; init; }

    public required string Title { get; init; }

    public string? Text { get; init; }

    public string? Url { get; init; }
}
