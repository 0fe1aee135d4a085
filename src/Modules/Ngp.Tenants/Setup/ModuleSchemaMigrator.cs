using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Ngp.Core.Modules;
using Ngp.Core.Tenancy;

namespace Ngp.Tenants.Setup;

/// <summary>
/// Applies the modules' own migrations (<see cref="ModuleSchema"/>) to a tenant's database, each with its own history
/// table on the tenant's connection (docs/decisions/0005-module-owned-schema.md).
/// </summary>
public sealed class ModuleSchemaMigrator(ModuleCatalog modules)
{
    private readonly ConcurrentDictionary<Type, string?> _latest = new();

    /// <summary>
    /// The schemas a tenant gets, in module order (each module after those it depends on). Every listed module is
    /// enabled on every tenant today; enabling modules per tenant filters here, and a module left out creates no table.
    /// </summary>
    public IReadOnlyList<ModuleSchema> SchemasFor(TenantDescriptor tenant) =>
        modules.Modules.Select(m => m.Schema).OfType<ModuleSchema>().ToList();

    /// <summary>The module's last migration on the tenant's provider, known without opening the database.</summary>
    public string? LatestVersion(ModuleSchema schema, TenantDescriptor tenant) =>
        _latest.GetOrAdd(ContextType(schema, tenant), _ =>
        {
            using var context = Create(schema, tenant);
            return context.Database.GetMigrations().LastOrDefault();
        });

    /// <summary>
    /// Run before the host's migrations, once per module and database: creates the module's history table and, when
    /// the host's history shows that the host created the module's tables (<see cref="ModuleSchema.AdoptedHostMigration"/>),
    /// records the module's first migration as applied, so those tables and their rows are kept as they are.
    /// </summary>
    public async Task AdoptAsync(ModuleSchema schema, TenantDescriptor tenant, IReadOnlyCollection<string> hostMigrationsApplied, CancellationToken ct)
    {
        await using var context = Create(schema, tenant);
        if (await HistoryTableExistsAsync(context, schema, tenant, ct))
            return;
        var history = context.GetService<IHistoryRepository>();
        var script = history.GetCreateScript();
        if (schema.AdoptedHostMigration is { } adopted && hostMigrationsApplied.Any(id => id.EndsWith("_" + adopted, StringComparison.Ordinal)))
            script += history.GetInsertScript(new HistoryRow(context.Database.GetMigrations().First(), ProductInfo.GetVersion()));
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        await context.Database.ExecuteSqlRawAsync(script, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Applies the module's pending migrations; returns its last one.</summary>
    public async Task<string?> MigrateAsync(ModuleSchema schema, TenantDescriptor tenant, CancellationToken ct)
    {
        await using var context = Create(schema, tenant);
        await context.Database.MigrateAsync(ct);
        return LatestVersion(schema, tenant);
    }

    // Asked directly: Npgsql's IHistoryRepository.Exists answers true before the table is there (EF 10.0.15).
    private static async Task<bool> HistoryTableExistsAsync(DbContext context, ModuleSchema schema, TenantDescriptor tenant, CancellationToken ct)
    {
        var table = schema.HistoryTable;
        var found = tenant.DatabaseProvider == DatabaseProvider.Sqlite
            ? await context.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}").ToListAsync(ct)
            : await context.Database.SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = {table}").ToListAsync(ct);
        return found.Single() > 0;
    }

    private static Type ContextType(ModuleSchema schema, TenantDescriptor tenant) =>
        tenant.DatabaseProvider == DatabaseProvider.Sqlite ? schema.SqliteContext : schema.PostgresContext;

    private static DbContext Create(ModuleSchema schema, TenantDescriptor tenant)
    {
        var type = ContextType(schema, tenant);
        var options = new DbContextOptionsBuilder((DbContextOptions)Activator.CreateInstance(typeof(DbContextOptions<>).MakeGenericType(type))!);
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
            options.UseSqlite(tenant.ConnectionString, o => o.MigrationsHistoryTable(schema.HistoryTable));
        else
            options.UseNpgsql(tenant.ConnectionString, o => o.MigrationsHistoryTable(schema.HistoryTable));
        return (DbContext)Activator.CreateInstance(type, options.Options)!;
    }
}
