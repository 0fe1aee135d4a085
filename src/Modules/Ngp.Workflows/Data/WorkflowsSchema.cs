using Ngp.Core.Modules;

namespace Ngp.Workflows.Data;

/// <summary>The tables of the workflows module (<c>WorkflowTypes</c>, <c>WorkflowInstances</c>, <c>WorkflowBlockingActivities</c>, <c>WorkflowWakeups</c>, <c>WorkflowJournal</c>), which the host's migrations created before (<c>ParticipationMeetingsNotificationsWorkflowsSearch</c>, which it adopts).</summary>
public static class WorkflowsSchema
{
    public static ModuleSchema Definition { get; } =
        new("Workflows", typeof(SqliteWorkflowsSchemaContext), typeof(PostgresWorkflowsSchemaContext), AdoptedHostMigration: "ParticipationMeetingsNotificationsWorkflowsSearch");
}
