using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Maintenance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MaintenanceRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MaintenanceCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceRequestEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRequestEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceRequestMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FromStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRequestMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceRequestMeToos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRequestMeToos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LeaseReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Building = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    DueUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    MeTooCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestEvents_ActorId",
                table: "MaintenanceRequestEvents",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestEvents_RequestId_Id",
                table: "MaintenanceRequestEvents",
                columns: new[] { "RequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestMessages_AuthorId",
                table: "MaintenanceRequestMessages",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestMessages_RequestId_Id",
                table: "MaintenanceRequestMessages",
                columns: new[] { "RequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestMeToos_RequestId_UserId",
                table: "MaintenanceRequestMeToos",
                columns: new[] { "RequestId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequestMeToos_UserId",
                table: "MaintenanceRequestMeToos",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Building_Location_Status",
                table: "MaintenanceRequests",
                columns: new[] { "Building", "Location", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Reference",
                table: "MaintenanceRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_ResidentId_Id",
                table: "MaintenanceRequests",
                columns: new[] { "ResidentId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Status_DueUtc",
                table: "MaintenanceRequests",
                columns: new[] { "Status", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRequests_Year_Number",
                table: "MaintenanceRequests",
                columns: new[] { "Year", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaintenanceCounters");

            migrationBuilder.DropTable(
                name: "MaintenanceRequestEvents");

            migrationBuilder.DropTable(
                name: "MaintenanceRequestMessages");

            migrationBuilder.DropTable(
                name: "MaintenanceRequestMeToos");

            migrationBuilder.DropTable(
                name: "MaintenanceRequests");
        }
    }
}
