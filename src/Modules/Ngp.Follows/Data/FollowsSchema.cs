using Ngp.Core.Modules;

namespace Ngp.Follows.Data;

/// <summary>The tables of the follows module (<c>Follows</c>), which the host's <c>ParticipationMeetingsNotificationsWorkflowsSearch</c> created before.</summary>
public static class FollowsSchema
{
    public static ModuleSchema Definition { get; } =
        new("Follows", typeof(SqliteFollowsSchemaContext), typeof(PostgresFollowsSchemaContext), AdoptedHostMigration: "ParticipationMeetingsNotificationsWorkflowsSearch");
}
