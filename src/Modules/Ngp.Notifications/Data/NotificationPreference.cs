using Ngp.Core.Accounts;

namespace Ngp.Notifications.Data;

/// <summary>An account's choice; absent means the default (daily digest).</summary>
public sealed class NotificationPreference
{
    [UserId]
    public required string UserId { get; set; }

    public NotificationFrequency Frequency { get; set; }

    /// <summary>Set by the one-click link of an e-mail; cleared when the person picks a frequency again.</summary>
    public bool Unsubscribed { get; set; }

    /// <summary>Language of the person's e-mails (<c>fr</c>, <c>en</c>): the one they used when they last chose.</summary>
    public string? Culture { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
