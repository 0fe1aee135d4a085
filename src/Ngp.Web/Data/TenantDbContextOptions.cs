using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Ngp.Core.Outbox;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Data;

namespace Ngp.Web.Data;

/// <summary>
/// The options of each tenant's context, built once per tenant rather than in every scope: every request and
/// background pass makes a context, and building its options (provider, services replaced, interceptors) each time
/// showed in a vote's cost (docs/decisions/0010). The interceptors are singletons, so one options object serves
/// every scope.
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
