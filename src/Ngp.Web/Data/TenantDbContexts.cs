using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Data;

namespace Ngp.Web.Data;

/// <summary>The tenant database on SQLite; carries the SQLite migrations of the composed schema.</summary>
public sealed class SqliteNgpDbContext(DbContextOptions<SqliteNgpDbContext> options, ModuleCatalog modules) : NgpDbContext(options, modules)
{
    // SQLite has no date-time-offset type that sorts; binary ticks keep ordering and comparisons in SQL.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}

/// <summary>The tenant database on PostgreSQL; carries the PostgreSQL migrations.</summary>
public sealed class PostgresNgpDbContext(DbContextOptions<PostgresNgpDbContext> options, ModuleCatalog modules) : NgpDbContext(options, modules);

public static class TenantDataRegistration
{
    /// <summary>
    /// The tenant contexts. Modules may register <see cref="IInterceptor"/> singletons (the notifications module writes
    /// its bulk rows inside SaveChanges); they run after the host's own, so SQLite's write gate is taken first.
    /// </summary>
    public static IServiceCollection AddTenantDatabases(this IServiceCollection services)
    {
        services.AddSingleton<SqliteBusyTimeoutInterceptor>();
        services.AddSingleton<SqliteWriteGate>();
#pragma warning disable EF1001 // PlainSqliteConnection replaces an internal service of the SQLite provider.
        services.AddDbContext<SqliteNgpDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<ITenantContext>().Tenant.ConnectionString)
            .ReplaceService<Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal.ISqliteRelationalConnection, PlainSqliteConnection>()
            .AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>(), sp.GetRequiredService<SqliteBusyTimeoutInterceptor>(), sp.GetRequiredService<SqliteWriteGate>())
            .AddInterceptors(sp.GetServices<IInterceptor>()));
#pragma warning restore EF1001
        services.AddDbContext<PostgresNgpDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<ITenantContext>().Tenant.ConnectionString)
            .AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>())
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<NgpDbContext>(sp => sp.GetRequiredService<ITenantContext>().Tenant.DatabaseProvider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<SqliteNgpDbContext>()
            : sp.GetRequiredService<PostgresNgpDbContext>());
        return services;
    }
}

// Design-time factories, used only by `dotnet ef migrations add` to generate each provider's migrations.
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteNgpDbContext>
{
    public SqliteNgpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNgpDbContext>().UseSqlite("Data Source=design.db").Options, new ModuleCatalog(NgpModules.All));
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresNgpDbContext>
{
    public PostgresNgpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNgpDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new ModuleCatalog(NgpModules.All));
}

internal sealed class SqliteHostDesignFactory : IDesignTimeDbContextFactory<SqliteHostDbContext>
{
    public SqliteHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHostDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresHostDesignFactory : IDesignTimeDbContextFactory<PostgresHostDbContext>
{
    public PostgresHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHostDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
