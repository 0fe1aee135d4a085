using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Participation.Data;

/// <summary>Carries the SQLite migrations of the consultations and votes tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteParticipationSchemaContext(DbContextOptions<SqliteParticipationSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new ParticipationModule();
}
