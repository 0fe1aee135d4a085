using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Meetings.Data;

/// <summary>Carries the SQLite migrations of the meetings module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteMeetingsSchemaContext(DbContextOptions<SqliteMeetingsSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new MeetingsModule();
}
