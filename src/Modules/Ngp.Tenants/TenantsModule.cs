using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Modules;
using Ngp.Core.Tenancy;
using Ngp.Recipes;
using Ngp.Tenants.Api;
using Ngp.Tenants.Data;
using Ngp.Tenants.Setup;
using Ngp.Users.Security;

namespace Ngp.Tenants;

public sealed class TenantsModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NgpOptions>().Bind(configuration.GetSection("Ngp")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SetupOptions>().Bind(configuration.GetSection("Ngp:Setup"));
        services.AddSingleton<TenantDatabases>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantPublicAddresses>();
        services.AddSingleton<ITenantPublicAddresses>(sp => sp.GetRequiredService<TenantPublicAddresses>());
        services.AddSingleton<IRunningTenants>(sp => sp.GetRequiredService<TenantRegistry>());
        services.AddSingleton<ITenantAddresses>(sp => sp.GetRequiredService<TenantRegistry>());
        services.AddSingleton<TenantSetup>();
        services.AddSingleton<ModuleSchemaMigrator>();
        services.AddSingleton<TenantsBootstrapper>();
        services.AddSingleton<TenantsStartupService>();
        services.AddHostedService(sp => sp.GetRequiredService<TenantsStartupService>());
        services.AddHostedService<TenantRegistryRefresher>();
        services.AddSingleton<PostgresCacheSignals>();
        // Rate limits shared by the web nodes on PostgreSQL; counted in memory on SQLite (one node).
        services.AddSingleton<PostgresAttemptCounter>();
        services.AddSingleton<Backup.SiteBackup>();
        services.AddSingleton<MemoryAttemptCounter>();
        services.AddSingleton<IAttemptCounter>(sp => sp.GetRequiredService<TenantDatabases>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresAttemptCounter>()
            : sp.GetRequiredService<MemoryAttemptCounter>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresCacheSignals>());
        services.AddScoped<IRecipeStep, TenantsStep>();
        services.AddScoped<HeadOfficeOnlyFilter>();

        services.AddSingleton<DatabaseFailureLog>();
        services.AddDbContext<SqliteHostDbContext>((sp, o) => DatabaseFailureLog.Apply(o, sp).UseSqlite(sp.GetRequiredService<TenantDatabases>().HostConnectionString));
        services.AddDbContext<PostgresHostDbContext>((sp, o) => DatabaseFailureLog.Apply(o, sp).UseNpgsql(sp.GetRequiredService<TenantDatabases>().HostConnectionString));
        services.AddScoped<HostDbContext>(sp => sp.GetRequiredService<TenantDatabases>().Provider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<SqliteHostDbContext>()
            : sp.GetRequiredService<PostgresHostDbContext>());
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapTenantsApi();

    public IEnumerable<Permission> Permissions => [TenantPermissions.ManageTenants];

    public IEnumerable<AdminMenuItem> AdminMenu => [new("Agences", "/admin/agences", TenantPermissions.ManageTenants, Order: 10, HeadOfficeOnly: true)];
}
