using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Participation.Data;

/// <summary>Carries the PostgreSQL migrations of the consultations and votes tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresParticipationSchemaContext(DbContextOptions<PostgresParticipationSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new ParticipationModule();
}
