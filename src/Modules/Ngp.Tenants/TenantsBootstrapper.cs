using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Recipes;
using Ngp.Tenants.Data;

namespace Ngp.Tenants;

/// <summary>
/// At start: the host database and its migrations, then, on the very first run, the head office and the demo
/// agencies from the recipes; on every run the pending migrations of each tenant.
/// </summary>
public sealed class TenantsBootstrapper(
    IServiceScopeFactory scopes,
    TenantDatabases databases,
    TenantRegistry registry,
    Setup.TenantSetup setup,
    RecipeCatalog recipes,
    RecipeExecutor executor,
    IOptions<SetupOptions> options,
    TimeProvider clock,
    TenantPublicAddresses addresses,
    IHostEnvironment environment,
    ILogger<TenantsBootstrapper> logger)
{
    public async Task<BootstrapReport> StartAsync(CancellationToken ct)
    {
        await databases.EnsureHostDatabaseAsync(ct);
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.MigrateAsync(ct);
        }
        await registry.ReloadAsync(ct);
        RefuseUnreachableAddresses();

        var settings = options.Value;
        string? generatedPassword = null;
        var firstRun = registry.Find(TenantDescriptor.HeadOfficeName) is not { State: TenantState.Running };
        if (firstRun)
        {
            var password = settings.AdminPassword;
            if (string.IsNullOrEmpty(password))
                password = generatedPassword = GeneratePassword();
            await SetUpHeadOfficeAsync(settings.AdminEmail, password, ct);
        }

        var versions = await setup.SchemaVersionsAsync(ct);
        foreach (var tenant in registry.All.Where(t => t.State != TenantState.Uninitialized))
            await setup.MigrateAsync(tenant, ct, versions.GetValueOrDefault(tenant.Name));

        return new BootstrapReport(firstRun, settings.AdminEmail, generatedPassword, registry.All);
    }

    private async Task SetUpHeadOfficeAsync(string adminEmail, string adminPassword, CancellationToken ct)
    {
        var recipe = recipes.Find("head-office") ?? throw new InvalidOperationException($"The recipe 'head-office' was not found in {recipes.Folder}.");
        if (registry.Find(TenantDescriptor.HeadOfficeName) is null)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            db.Tenants.Add(new TenantRecord
            {
                Name = TenantDescriptor.HeadOfficeName,
                DisplayName = "Siège",
                State = TenantState.Uninitialized,
                DatabaseProvider = databases.Provider,
                DatabaseName = databases.NewDatabaseName(TenantDescriptor.HeadOfficeName),
                Recipe = recipe.Name,
                CreatedUtc = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
            await registry.ReloadAsync(ct);
        }

        var headOffice = registry.Find(TenantDescriptor.HeadOfficeName)!;
        var result = await setup.InitializeAsync(headOffice, recipe, adminEmail, adminPassword, ct);
        if (!result.IsOk)
            throw new InvalidOperationException("The head office could not be set up: " + result.Message);

        if (!string.IsNullOrWhiteSpace(options.Value.DemoRecipe))
        {
            var demo = recipes.Find(options.Value.DemoRecipe) ?? throw new InvalidOperationException($"The demo recipe '{options.Value.DemoRecipe}' was not found.");
            logger.LogInformation("Creating the demo agencies from recipe {Recipe}", demo.Name);
            await executor.ExecuteAsync(result.Value, demo, new Dictionary<string, string> { ["adminEmail"] = adminEmail, ["adminPassword"] = adminPassword }, ct);
        }
    }

    /// <summary>
    /// In Production, e-mail links that would lead nowhere or to the reader's own machine stop the start, with the
    /// setting to fill in, rather than mails going out with dead links.
    /// </summary>
    private void RefuseUnreachableAddresses()
    {
        if (!environment.IsProduction())
            return;
        var tenants = registry.All.Where(t => t.State != TenantState.Uninitialized).ToList();
        var problems = PublicAddressCheck.Problems(tenants, addresses).ToList();
        if (!tenants.Any(t => t.IsHeadOffice))
        {
            var headOffice = addresses.HeadOfficeAddress();
            if (headOffice is null)
                problems.Insert(0, PublicAddressCheck.Missing("Siège"));
            else if (PublicAddress.IsLoopback(headOffice))
                problems.Insert(0, PublicAddressCheck.Loopback("Siège", headOffice + "/"));
        }
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
    }

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(alphabet, 16);
        return "Ngp-" + new string(chars) + "-9a";
    }
}
