using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ngp.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ParticipationMeetingsNotificationsWorkflowsSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Since issue 18 the notifications module creates its tables with its own migrations (src/Modules/Ngp.Notifications/Migrations):
            // NotificationDigestEntries, NotificationEmails, NotificationOptOuts, NotificationPreferences, NotificationSmtpSettings, NotificationTemplates, NotificationUsedUnsubscribeLinks, Notifications. A database that ran this migration keeps them, adopted by the module.
            // Since issue 18 the meetings module creates its tables with its own migrations (src/Modules/Ngp.Meetings/Migrations):
            // MeetingAttendances, MeetingRegistrations, Meetings. A database that ran this migration keeps them, adopted by the module.
            // Since issue 18 the search module creates its tables with its own migrations (src/Modules/Ngp.Search/Migrations):
            // IndexingTasks. A database that ran this migration keeps them, adopted by the module.
            // Since issue 18 the workflows module creates its tables with its own migrations (src/Modules/Ngp.Workflows/Migrations):
            // WorkflowBlockingActivities, WorkflowInstances, WorkflowJournal, WorkflowTypes, WorkflowWakeups. A database that ran this migration keeps them, adopted by the module.
            // Since issue 18 the comments module (src/Modules/Ngp.Comments/Migrations) creates CommentBlocks, CommentReports, Comments and
            // ProposalSupports, and the follows module (src/Modules/Ngp.Follows/Migrations) creates Follows, adopted the same way;
            // the participation module (src/Modules/Ngp.Participation/Migrations) creates ParticipationStates and Votes.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
