using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ngp.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Issue23LettersAndLeaseAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Votes",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "Leases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dwelling",
                table: "Leases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Street",
                table: "Leases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Votes_ContentItemId_LeaseReference",
                table: "Votes",
                columns: new[] { "ContentItemId", "LeaseReference" });

            migrationBuilder.CreateIndex(
                name: "IX_LetterCodes_CodeHash",
                table: "LetterCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LetterCodes_ContentItemId_LeaseReference",
                table: "LetterCodes",
                columns: new[] { "ContentItemId", "LeaseReference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LetterCodes");

            migrationBuilder.DropIndex(
                name: "IX_Votes_ContentItemId_LeaseReference",
                table: "Votes");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Votes");

            migrationBuilder.DropColumn(
                name: "City",
                table: "Leases");

            migrationBuilder.DropColumn(
                name: "Dwelling",
                table: "Leases");

            migrationBuilder.DropColumn(
                name: "Street",
                table: "Leases");
        }
    }
}
