namespace Ngp.Notifications;

public sealed record NotificationSettingsView(string Frequency, bool Unsubscribed);
