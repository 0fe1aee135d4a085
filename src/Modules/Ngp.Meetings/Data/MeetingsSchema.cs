using Ngp.Core.Modules;

namespace Ngp.Meetings.Data;

/// <summary>The tables of the meetings module (<c>Meetings</c>, <c>MeetingRegistrations</c>, <c>MeetingAttendances</c>), which the host's migrations created before (<c>ParticipationMeetingsNotificationsWorkflowsSearch</c>, which it adopts).</summary>
public static class MeetingsSchema
{
    public static ModuleSchema Definition { get; } =
        new("Meetings", typeof(SqliteMeetingsSchemaContext), typeof(PostgresMeetingsSchemaContext), AdoptedHostMigration: "ParticipationMeetingsNotificationsWorkflowsSearch");
}
