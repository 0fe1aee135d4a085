using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Media.Data;

/// <summary>Carries the PostgreSQL migrations of the media module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresMediaSchemaContext(DbContextOptions<PostgresMediaSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new MediaModule();
}
