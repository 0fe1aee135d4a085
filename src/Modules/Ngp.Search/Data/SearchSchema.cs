using Ngp.Core.Modules;

namespace Ngp.Search.Data;

/// <summary>The tables of the search module (<c>IndexingTasks</c>), which the host's migrations created before (<c>ParticipationMeetingsNotificationsWorkflowsSearch</c>, which it adopts).</summary>
public static class SearchSchema
{
    public static ModuleSchema Definition { get; } =
        new("Search", typeof(SqliteSearchSchemaContext), typeof(PostgresSearchSchemaContext), AdoptedHostMigration: "ParticipationMeetingsNotificationsWorkflowsSearch");
}
