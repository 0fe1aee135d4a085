using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Tenants.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UrlPrefix = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    HostNames = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DatabaseProvider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DatabaseName = table.Column<string>(type: "text", nullable: false),
                    Recipe = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SetupError = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
