using Ngp.Core.Modules;

namespace Ngp.Comments.Data;

/// <summary>The tables of the comments module (<c>Comments</c>, <c>ProposalSupports</c>, <c>CommentReports</c>, <c>CommentBlocks</c>), which the host's <c>ParticipationMeetingsNotificationsWorkflowsSearch</c> created before.</summary>
public static class CommentsSchema
{
    public static ModuleSchema Definition { get; } =
        new("Comments", typeof(SqliteCommentsSchemaContext), typeof(PostgresCommentsSchemaContext), AdoptedHostMigration: "ParticipationMeetingsNotificationsWorkflowsSearch");
}
