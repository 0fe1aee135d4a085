namespace Ngp.Notifications.Data;

/// <summary>A bare address (no account) that used an unsubscribe link: it receives no more notices.</summary>
public sealed class EmailOptOut
{
    public required string Email { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
