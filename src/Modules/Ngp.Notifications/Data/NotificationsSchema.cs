using Ngp.Core.Modules;

namespace Ngp.Notifications.Data;

/// <summary>The tables of the notifications module (<c>Notifications</c>, <c>NotificationEmails</c>, <c>NotificationPreferences</c>, <c>NotificationOptOuts</c>, <c>NotificationUsedUnsubscribeLinks</c>, <c>NotificationDigestEntries</c>, <c>NotificationSmtpSettings</c>, <c>NotificationTemplates</c>), which the host's migrations created before (<c>ParticipationMeetingsNotificationsWorkflowsSearch</c>, which it adopts).</summary>
public static class NotificationsSchema
{
    public static ModuleSchema Definition { get; } =
        new("Notifications", typeof(SqliteNotificationsSchemaContext), typeof(PostgresNotificationsSchemaContext), AdoptedHostMigration: "ParticipationMeetingsNotificationsWorkflowsSearch");
}
