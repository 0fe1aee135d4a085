namespace Ngp.Notifications;

/// <summary>Anchor of the module's localized texts (<c>Resources/NotificationsText.*.resx</c>); keys are the French texts.</summary>
public sealed class NotificationsText;
