using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Meetings.Data;

/// <summary>Carries the PostgreSQL migrations of the meetings module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresMeetingsSchemaContext(DbContextOptions<PostgresMeetingsSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new MeetingsModule();
}
