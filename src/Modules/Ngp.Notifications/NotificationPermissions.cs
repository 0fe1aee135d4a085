using Ngp.Core.Modules;

namespace Ngp.Notifications;

public static class NotificationPermissions
{
    public static readonly Permission ManageNotifications = new("ManageNotifications", "Régler le serveur d'envoi, les modèles d'e-mails et suivre les envois", "Notifications");
}
