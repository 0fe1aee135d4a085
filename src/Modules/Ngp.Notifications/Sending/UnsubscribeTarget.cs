namespace Ngp.Notifications.Sending;

/// <summary>Who an unsubscribe link is for: an account, or a bare address.</summary>
public sealed record UnsubscribeTarget(string? UserId, string? Email, string Nonce);
