using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Media.Data;

/// <summary>Carries the SQLite migrations of the media module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteMediaSchemaContext(DbContextOptions<SqliteMediaSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new MediaModule();
}
