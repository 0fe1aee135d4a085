using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ngp.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContentShortLinksForPosters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Since issue 18 the contents module creates its tables with its own migrations (src/Modules/Ngp.Contents/Migrations):
            // ContentShortLinks. A database that ran this migration keeps them, adopted by the module.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
