using Microsoft.EntityFrameworkCore.Diagnostics;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Web.Data;

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
