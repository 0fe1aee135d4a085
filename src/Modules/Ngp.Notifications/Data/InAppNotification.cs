using Ngp.Core.Accounts;

namespace Ngp.Notifications.Data;

/// <summary>What the bell lists: one row per account and notice.</summary>
public sealed class InAppNotification
{
    public long Id { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public required string Event { get; set; }

    public required string Title { get; set; }

    public string? Text { get; set; }

    public string? Url { get; set; }

    public string? ContentItemId { get; set; }

    public required string IdempotencyKey { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? ReadUtc { get; set; }
}
