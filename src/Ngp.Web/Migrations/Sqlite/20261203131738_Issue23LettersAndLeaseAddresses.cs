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
            // Since issue 18 the participation module (src/Modules/Ngp.Participation/Migrations) creates LetterCodes and the
            // Votes channel and index; a database that ran this migration keeps them, adopted by the module.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
