using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Web.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "Leases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dwelling",
                table: "Leases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Street",
                table: "Leases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

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
