using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Ngp.Tenants;
using Ngp.Tenants.Data;
using Ngp.Tenants.Setup;

namespace Ngp.Tests.Unit;

public sealed class TenantRulesTests
{
    [Theory]
    [InlineData("grenoble-centre", true)]
    [InlineData("agence2", true)]
    [InlineData("Grenoble", false)]
    [InlineData("grenoble_centre", false)]
    [InlineData("grenoble--centre", false)]
    [InlineData("-grenoble", false)]
    [InlineData("grenoble-", false)]
    [InlineData("échirolles", false)]
    [InlineData("admin", false)]
    [InlineData("api", false)]
    [InlineData("", false)]
    public void CheckSlug_AcceptsOnlyLowercaseDigitsAndInnerHyphens(string value, bool accepted) =>
        Assert.Equal(accepted, TenantNameRules.CheckSlug(value, "Le préfixe") is null);

    [Fact]
    public void CheckSlug_OnReservedWord_SaysWhyInFrench() =>
        Assert.Equal("« api » est un mot réservé du site : choisissez-en un autre.", TenantNameRules.CheckSlug("api", "Le préfixe"));

    [Theory]
    [InlineData("grenoble.ngp.fr", true)]
    [InlineData("localhost", true)]
    [InlineData("grenoble..ngp.fr", false)]
    [InlineData("http://grenoble.fr", false)]
    public void CheckHostName_AcceptsOnlyDnsNames(string host, bool accepted) =>
        Assert.Equal(accepted, TenantNameRules.CheckHostName(host) is null);

    [Theory]
    [InlineData("agence.ngp.fr", "/", "host-only")]
    [InlineData("agence.ngp.fr", "/quartier/compte", "host-and-prefix")]
    [InlineData("localhost", "/quartier/compte", "prefix-only")]
    [InlineData("localhost", "/inconnue/", "siege")]
    [InlineData("autre.fr", "/", "siege")]
    public async Task Resolve_PrefersHostAndPrefix_ThenHost_ThenPrefix_ThenHeadOffice(string host, string path, string expected)
    {
        var registry = await RegistryWithAsync(
            new TenantRecord { Name = "siege", DisplayName = "Siège", Recipe = "head-office", State = TenantState.Running },
            new TenantRecord { Name = "host-only", DisplayName = "H", Recipe = "agency", HostNames = "agence.ngp.fr", State = TenantState.Running },
            new TenantRecord { Name = "host-and-prefix", DisplayName = "HP", Recipe = "agency", HostNames = "agence.ngp.fr", UrlPrefix = "quartier", State = TenantState.Running },
            new TenantRecord { Name = "prefix-only", DisplayName = "P", Recipe = "agency", UrlPrefix = "quartier", State = TenantState.Running });

        var match = registry.Resolve(new HostString(host), new PathString(path));

        Assert.Equal(expected, match!.Value.Tenant.Name);
    }

    private static async Task<TenantRegistry> RegistryWithAsync(params TenantRecord[] records)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ngp-unit", Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        var databases = new TenantDatabases(Options.Create(new NgpOptions { DataPath = folder }), new FakeEnvironment(folder));
        services.AddSingleton(databases);
        services.AddDbContext<SqliteHostDbContext>(o => Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions.UseSqlite(o, databases.HostConnectionString));
        services.AddScoped<HostDbContext>(sp => sp.GetRequiredService<SqliteHostDbContext>());
        var provider = services.BuildServiceProvider();
        await databases.EnsureHostDatabaseAsync(CancellationToken.None);
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
            db.Tenants.AddRange(records);
            await db.SaveChangesAsync();
        }
        var registry = new TenantRegistry(provider.GetRequiredService<IServiceScopeFactory>(), databases, new Ngp.Core.CacheSignals());
        await registry.ReloadAsync();
        return registry;
    }

    private sealed class FakeEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Ngp.Tests";

        public string ContentRootPath { get; set; } = root;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
