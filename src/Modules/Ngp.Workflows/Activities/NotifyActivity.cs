using Ngp.Core.Notifications;

namespace Ngp.Workflows.Activities;

/// <summary>An in-app notification and an e-mail, as each recipient chose.</summary>
public sealed class NotifyActivity(AudienceCatalog audiences) : MessageActivity("Notify", "Notifier", audiences);
