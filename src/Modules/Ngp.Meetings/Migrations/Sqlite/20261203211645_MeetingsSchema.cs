using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Meetings.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingsSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeetingAttendances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRegistrations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    PromotedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRegistrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    MeetingId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    EndUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    RegisteredCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OrganiserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndRaised = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    AnonymousAttendees = table.Column<int>(type: "INTEGER", nullable: false),
                    SynthesisId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SynthesisPublishedUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.MeetingId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_MeetingId_UserId",
                table: "MeetingAttendances",
                columns: new[] { "MeetingId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRegistrations_MeetingId_Status_Id",
                table: "MeetingRegistrations",
                columns: new[] { "MeetingId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRegistrations_MeetingId_UserId",
                table: "MeetingRegistrations",
                columns: new[] { "MeetingId", "UserId" },
                unique: true,
                filter: "\"Status\" <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRegistrations_UserId",
                table: "MeetingRegistrations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_EndRaised_EndUtc",
                table: "Meetings",
                columns: new[] { "EndRaised", "EndUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ProjectId",
                table: "Meetings",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Published_StartUtc",
                table: "Meetings",
                columns: new[] { "Published", "StartUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingAttendances");

            migrationBuilder.DropTable(
                name: "MeetingRegistrations");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
