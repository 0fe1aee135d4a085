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
            // ProposalSupports, and the follows module (src/Modules/Ngp.Follows/Migrations) creates Follows, adopted the same way.

            migrationBuilder.CreateTable(
                name: "ParticipationStates",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenedAnnounced = table.Column<bool>(type: "boolean", nullable: false),
                    ClosedAnnounced = table.Column<bool>(type: "boolean", nullable: false),
                    Phase = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    IndicatorsSignature = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationStates", x => x.ContentItemId);
                });

            migrationBuilder.CreateTable(
                name: "Votes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VoterKey = table.Column<string>(type: "character varying(460)", maxLength: 460, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OptionIds = table.Column<string>(type: "character varying(1300)", maxLength: 1300, nullable: false),
                    LeaseReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Building = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Votes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Votes_ContentItemId_QuestionId_VoterKey",
                table: "Votes",
                columns: new[] { "ContentItemId", "QuestionId", "VoterKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Votes_UserId",
                table: "Votes",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParticipationStates");

            migrationBuilder.DropTable(
                name: "Votes");
        }
    }
}
