namespace Ngp.Notifications.Api;

public sealed record NotificationSettingsRequest(string? Frequency);
