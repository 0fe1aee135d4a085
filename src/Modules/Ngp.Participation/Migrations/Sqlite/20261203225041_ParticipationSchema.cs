using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Participation.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ParticipationSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LeaseReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Building = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterCodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationStates",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedAnnounced = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedAnnounced = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    IndicatorsSignature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationStates", x => x.ContentItemId);
                });

            migrationBuilder.CreateTable(
                name: "Votes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 460, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OptionIds = table.Column<string>(type: "TEXT", maxLength: 1300, nullable: false),
                    LeaseReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Building = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Votes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LetterCodes_CodeHash",
                table: "LetterCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LetterCodes_ContentItemId_LeaseReference",
                table: "LetterCodes",
                columns: new[] { "ContentItemId", "LeaseReference" });

            migrationBuilder.CreateIndex(
                name: "IX_Votes_ContentItemId_LeaseReference",
                table: "Votes",
                columns: new[] { "ContentItemId", "LeaseReference" });

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
                name: "LetterCodes");

            migrationBuilder.DropTable(
                name: "ParticipationStates");

            migrationBuilder.DropTable(
                name: "Votes");
        }
    }
}
