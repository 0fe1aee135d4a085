using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Tenants.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SchemaVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SchemaVersion",
                table: "Tenants",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SchemaVersion",
                table: "Tenants");
        }
    }
}
