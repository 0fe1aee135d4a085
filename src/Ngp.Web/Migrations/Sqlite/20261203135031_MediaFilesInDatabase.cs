using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ngp.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MediaFilesInDatabase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Since issue 18 the media module creates MediaFiles with its own migrations (src/Modules/Ngp.Media/Migrations);
            // a database that ran this migration before keeps its table, which the module adopts (ModuleSchema.AdoptedHostMigration).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
