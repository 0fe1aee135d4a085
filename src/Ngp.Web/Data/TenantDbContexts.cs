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
        services.AddSingleton<TenantDbContextOptions>();
        // Registered before AddDbContext, which only adds its own options when none are.
        services.AddScoped(sp => sp.GetRequiredService<TenantDbContextOptions>().Sqlite(sp.GetRequiredService<ITenantContext>().Tenant));
        services.AddScoped(sp => sp.GetRequiredService<TenantDbContextOptions>().Postgres(sp.GetRequiredService<ITenantContext>().Tenant));
        services.AddDbContext<SqliteNgpDbContext>();
        services.AddDbContext<PostgresNgpDbContext>();
        services.AddScoped<NgpDbContext>(sp => sp.GetRequiredService<ITenantContext>().Tenant.DatabaseProvider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<SqliteNgpDbContext>()
            : sp.GetRequiredService<PostgresNgpDbContext>());
        return services;
    }
}

/// <summary>
/// The options of each tenant's context, built once per tenant rather than in every scope: every request and
/// background pass makes a context, and building its options (provider, services replaced, interceptors) was a
/// twentieth of a vote's cost. The interceptors are singletons, so one options object serves every scope.
/// </summary>
public sealed class TenantDbContextOptions(IServiceProvider services)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, DateTimeOffset Created, string Connection), DbContextOptions> _options = new();

    public DbContextOptions<SqliteNgpDbContext> Sqlite(TenantDescriptor tenant) =>
        (DbContextOptions<SqliteNgpDbContext>)_options.GetOrAdd((tenant.Name, tenant.CreatedUtc, tenant.ConnectionString), _ =>
        {
#pragma warning disable EF1001 // PlainSqliteConnection replaces an internal service of the SQLite provider.
            return Base<SqliteNgpDbContext>().UseSqlite(tenant.ConnectionString)
                .ReplaceService<Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal.ISqliteRelationalConnection, PlainSqliteConnection>()
                .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>(), services.GetRequiredService<SqliteBusyTimeoutInterceptor>(), services.GetRequiredService<SqliteWriteGate>())
                .AddInterceptors(services.GetServices<IInterceptor>())
                .Options;
#pragma warning restore EF1001
        });

    public DbContextOptions<PostgresNgpDbContext> Postgres(TenantDescriptor tenant) =>
        (DbContextOptions<PostgresNgpDbContext>)_options.GetOrAdd((tenant.Name, tenant.CreatedUtc, tenant.ConnectionString), _ =>
            Base<PostgresNgpDbContext>().UseNpgsql(tenant.ConnectionString)
                .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>())
                .AddInterceptors(services.GetServices<IInterceptor>())
                .Options);

    // EF's own services (logging) come from the application's root provider, which is a singleton like these options.
    private DbContextOptionsBuilder<TContext> Base<TContext>() where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>().UseApplicationServiceProvider(services);
        DatabaseFailureLog.Apply(options, services);
        return options;
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
