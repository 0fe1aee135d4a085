using Ngp.Core.Accounts;

namespace Ngp.Notifications.Data;

/// <summary>A notice waiting for its recipient's daily or weekly digest.</summary>
public sealed class DigestEntry
{
    public long Id { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public NotificationFrequency Frequency { get; set; }

    public required string Event { get; set; }

    public required string Title { get; set; }

    public string? Text { get; set; }

    public string? Url { get; set; }

    public string? ContentItemId { get; set; }

    public required string IdempotencyKey { get; set; }

    public long CreatedTicks { get; set; }

    public long? DigestedTicks { get; set; }
}
