using Ngp.Core.Modules;

namespace Ngp.Participation.Data;

/// <summary>The tables of consultations and votes (<c>Votes</c>, <c>LetterCodes</c>, <c>ParticipationStates</c>), which the host's migrations created before, <c>Issue23LettersAndLeaseAddresses</c> last.</summary>
public static class ParticipationSchema
{
    public static ModuleSchema Definition { get; } =
        new("Participation", typeof(SqliteParticipationSchemaContext), typeof(PostgresParticipationSchemaContext), AdoptedHostMigration: "Issue23LettersAndLeaseAddresses");
}
