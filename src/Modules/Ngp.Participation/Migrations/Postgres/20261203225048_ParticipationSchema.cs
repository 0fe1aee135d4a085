using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ngp.Participation.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LeaseReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Building = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterCodes", x => x.Id);
                });

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
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
