using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Tenants.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TenantModuleSchemaVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TenantModuleSchemas",
                columns: table => new
                {
                    TenantName = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Module = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantModuleSchemas", x => new { x.TenantName, x.Module });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TenantModuleSchemas");
        }
    }
}
