namespace Ngp.Notifications.Data;

/// <summary>An unsubscribe link already used: each link works once.</summary>
public sealed class UsedUnsubscribeLink
{
    public required string Nonce { get; set; }

    public DateTimeOffset UsedUtc { get; set; }
}
