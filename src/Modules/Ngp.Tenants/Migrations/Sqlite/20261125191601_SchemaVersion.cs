using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Tenants.Migrations.Sqlite
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
                type: "TEXT",
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
