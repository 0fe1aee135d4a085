namespace Ngp.Core.Modules;

/// <summary>
/// The tables a module owns in each tenant database and the EF contexts that carry their migrations, one per provider,
/// in the module's own project (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>). Each is applied per tenant, in
/// module order, with its own history table, and the registry records its last migration per tenant.
/// </summary>
/// <param name="Name">Stable name: the history table <c>__EFMigrationsHistory_{Name}</c> and the registry's record.</param>
/// <param name="SqliteContext">A <see cref="Data.ModuleSchemaContext"/> for SQLite, constructed from its <c>DbContextOptions&lt;T&gt;</c>.</param>
/// <param name="PostgresContext">The same for PostgreSQL.</param>
/// <param name="AdoptedHostMigration">
/// The name (without timestamp) of the host migration that created these tables before the module owned them: a
/// tenant database that already has it gets the module's first migration recorded as applied instead of run, keeping
/// its rows. Null for a module whose tables were never the host's.
/// </param>
public sealed record ModuleSchema(string Name, Type SqliteContext, Type PostgresContext, string? AdoptedHostMigration = null)
{
    public string HistoryTable => "__EFMigrationsHistory_" + Name;
}
