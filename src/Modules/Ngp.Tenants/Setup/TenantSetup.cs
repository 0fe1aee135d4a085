using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Recipes;
using Ngp.Tenants.Data;
using Ngp.Users;
using Ngp.Users.Accounts;

namespace Ngp.Tenants.Setup;

/// <summary>
/// Creates a tenant: validated request, registry row (Uninitialized), database, migrations, recipe, first
/// administrator, then Running. A failure removes the database again and leaves the row Uninitialized
/// with the reason, never a half set-up tenant.
/// </summary>
public sealed class TenantSetup(
    IServiceScopeFactory scopes,
    ITenantScopeFactory tenantScopes,
    TenantRegistry registry,
    TenantDatabases databases,
    RecipeCatalog recipes,
    RecipeExecutor executor,
    TimeProvider clock,
    Core.Settings.SiteSettingsCache settingsCache,
    TenantActivity activity,
    ModuleSchemaMigrator moduleSchemas,
    ILogger<TenantSetup> logger)
{
    private static readonly SemaphoreSlim RegistryLock = new(1, 1);

    /// <summary>How long removing a tenant waits for the requests and background passes already under way in it.</summary>
    public static readonly TimeSpan RemovalWait = TimeSpan.FromSeconds(30);

    public async Task<Result<TenantDescriptor>> CreateAsync(CreateTenantRequest request, CancellationToken ct)
    {
        var name = request.Name?.Trim() ?? "";
        var prefix = request.UrlPrefix?.Trim().Trim('/') ?? "";
        var hosts = (request.HostNames ?? []).Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList();
        var errors = new Dictionary<string, string[]>();

        if (TenantNameRules.CheckSlug(name, "Le nom technique") is { } nameError)
            errors["name"] = [nameError];
        if (prefix.Length > 0 && TenantNameRules.CheckSlug(prefix, "Le préfixe d'URL") is { } prefixError)
            errors["urlPrefix"] = [prefixError];
        if (prefix.Length == 0 && hosts.Count == 0)
            errors["urlPrefix"] = ["Indiquez un préfixe d'URL ou au moins un nom d'hôte : la racine du site est celle du siège."];
        var hostErrors = hosts.Select(TenantNameRules.CheckHostName).OfType<string>().ToArray();
        if (hostErrors.Length > 0)
            errors["hostNames"] = hostErrors;
        var (publicAddress, addressError) = Core.Web.PublicAddress.Normalize(request.PublicAddress);
        if (addressError is not null)
            errors["publicAddress"] = [addressError];

        var recipeName = string.IsNullOrWhiteSpace(request.Recipe) ? "agency" : request.Recipe.Trim();
        var recipe = recipes.Find(recipeName);
        if (recipe is null)
            errors["recipe"] = [$"La recette « {recipeName} » n'existe pas. Recettes disponibles : {string.Join(", ", recipes.List().Select(r => r.Name))}."];

        var email = request.AdminEmail?.Trim() ?? "";
        if (!UserRules.IsEmail(email))
            errors["adminEmail"] = ["Indiquez l'adresse e-mail valide du premier administrateur."];
        var passwordErrors = await UserRules.CheckPasswordAsync(request.AdminPassword);
        if (passwordErrors.Count > 0)
            errors["adminPassword"] = passwordErrors.ToArray();

        if (errors.Count > 0)
            return Result.Invalid("La création de l'agence est refusée : corrigez les champs signalés.", errors);

        await RegistryLock.WaitAsync(ct);
        TenantDescriptor tenant;
        try
        {
            await registry.ReloadAsync(ct);
            if (registry.Find(name) is not null)
                return Result.Conflict($"Une agence nommée « {name} » existe déjà.", "name");
            if (prefix.Length > 0 && registry.All.Any(t => t.UrlPrefix == prefix && (hosts.Count == 0 || t.HostNames.Count == 0 || t.HostNames.Intersect(hosts).Any())))
                return Result.Conflict($"Le préfixe d'URL « {prefix} » est déjà utilisé par une autre agence.", "urlPrefix");
            if (prefix.Length == 0 && registry.All.FirstOrDefault(t => t.UrlPrefix.Length == 0 && t.HostNames.Intersect(hosts).Any()) is { } sameHost)
                return Result.Conflict($"Le nom d'hôte est déjà utilisé par l'agence « {sameHost.Name} ».", "hostNames");

            var record = new TenantRecord
            {
                Name = name,
                DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? name : request.DisplayName.Trim(),
                State = TenantState.Uninitialized,
                UrlPrefix = prefix,
                HostNames = string.Join(',', hosts),
                PublicAddress = publicAddress,
                DatabaseProvider = databases.Provider,
                DatabaseName = databases.NewDatabaseName(name),
                Recipe = recipeName,
                CreatedUtc = clock.GetUtcNow(),
            };
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
                db.Tenants.Add(record);
                await db.SaveChangesAsync(ct);
            }
            tenant = databases.Describe(record);
            activity.Open(name);
            await registry.ChangedAsync(ct);
        }
        finally
        {
            RegistryLock.Release();
        }

        return await InitializeAsync(tenant, recipe!, email, request.AdminPassword!, ct);
    }

    /// <summary>Sets up an Uninitialized tenant: database, recipe, administrator. Used at creation and at first run.</summary>
    public async Task<Result<TenantDescriptor>> InitializeAsync(TenantDescriptor tenant, Recipe recipe, string adminEmail, string adminPassword, CancellationToken ct)
    {
        try
        {
            await databases.CreateAsync(tenant, ct);
            await MigrateAsync(tenant, ct);
            var parameters = new Dictionary<string, string> { ["adminEmail"] = adminEmail, ["adminPassword"] = adminPassword };
            await executor.ExecuteAsync(tenant, recipe, parameters, ct);
            await using (var scope = tenantScopes.CreateScope(tenant))
            {
                var provisioning = scope.ServiceProvider.GetRequiredService<UserProvisioning>();
                var admin = await provisioning.EnsureUserAsync(adminEmail, adminPassword, [Core.Security.NgpRoles.Administrator], leaseReference: null, ct);
                if (!admin.IsOk)
                    throw new RecipeException("Le premier administrateur n'a pas pu être créé : " + admin.Message);
            }
            await SetStateAsync(tenant.Name, TenantState.Running, setupError: null, ct);
            logger.LogInformation("Tenant {Tenant} set up from recipe {Recipe}", tenant.Name, recipe.Name);
            return registry.Find(tenant.Name)!;
        }
        catch (Exception e) when (e is RecipeException or DbUpdateException or InvalidOperationException)
        {
            logger.LogWarning(e, "Setup of tenant {Tenant} failed", tenant.Name);
            await databases.DropAsync(tenant, CancellationToken.None);
            await SetStateAsync(tenant.Name, TenantState.Uninitialized, e.Message, CancellationToken.None);
            return Result.Invalid($"L'installation de l'agence « {tenant.Name} » a échoué : {e.Message}", "recipe", e.Message);
        }
    }

    /// <summary>
    /// Applies the pending migrations of a tenant's database (at setup and at every start): the host's, then each
    /// module's own in module order. When the registry already records the latest of each, a start costs no database
    /// round trip for the tenant.
    /// </summary>
    public async Task MigrateAsync(TenantDescriptor tenant, CancellationToken ct, TenantSchemaVersions? recorded = null)
    {
        await using var scope = tenantScopes.CreateScope(tenant);
        var database = scope.ServiceProvider.GetRequiredService<NgpDbContext>().Database;
        var latest = database.GetMigrations().LastOrDefault();
        var schemas = moduleSchemas.SchemasFor(tenant);
        var modulesLatest = schemas.Select(s => (s.Name, Version: moduleSchemas.LatestVersion(s, tenant))).ToList();
        if (recorded is not null && latest is not null && latest == recorded.Host
            && modulesLatest.All(m => m.Version is null || recorded.Modules.GetValueOrDefault(m.Name) == m.Version))
            return;

        // Read before the host migrates: a module's tables the host created in the past are adopted, not created again.
        var hostApplied = (await database.GetAppliedMigrationsAsync(ct)).ToList();
        foreach (var schema in schemas)
            await moduleSchemas.AdoptAsync(schema, tenant, hostApplied, ct);
        await database.MigrateAsync(ct);
        var applied = new List<TenantModuleSchemaRecord>();
        foreach (var schema in schemas)
            if (await moduleSchemas.MigrateAsync(schema, tenant, ct) is { } version)
                applied.Add(new TenantModuleSchemaRecord { TenantName = tenant.Name, Module = schema.Name, Version = version });

        await using var hostScope = scopes.CreateAsyncScope();
        var host = hostScope.ServiceProvider.GetRequiredService<HostDbContext>();
        await host.Tenants.Where(t => t.Name == tenant.Name).ExecuteUpdateAsync(s => s.SetProperty(t => t.SchemaVersion, latest), ct);
        await host.ModuleSchemas.Where(s => s.TenantName == tenant.Name).ExecuteDeleteAsync(ct);
        host.ModuleSchemas.AddRange(applied);
        await host.SaveChangesAsync(ct);
    }

    /// <summary>The last migrations each tenant's database is known to have, the host's and each module's.</summary>
    public async Task<Dictionary<string, TenantSchemaVersions>> SchemaVersionsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var host = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var modules = (await host.ModuleSchemas.AsNoTracking().ToListAsync(ct)).ToLookup(s => s.TenantName, StringComparer.Ordinal);
        return await host.Tenants.AsNoTracking().ToDictionaryAsync(
            t => t.Name,
            t => new TenantSchemaVersions(t.SchemaVersion, modules[t.Name].ToDictionary(s => s.Module, s => s.Version, StringComparer.Ordinal)),
            ct);
    }

    /// <summary>Sets where people reach the tenant (empty: the head office's address and the prefix).</summary>
    public async Task<Result<TenantDescriptor>> SetPublicAddressAsync(string name, string? address, CancellationToken ct)
    {
        var (publicAddress, error) = Core.Web.PublicAddress.Normalize(address);
        if (error is not null)
            return Result.Invalid(error, new Dictionary<string, string[]> { ["publicAddress"] = [error] });
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var record = await db.Tenants.FindAsync([name], ct);
        if (record is null)
            return Result.NotFound($"L'agence « {name} » n'existe pas.");
        record.PublicAddress = publicAddress;
        await db.SaveChangesAsync(ct);
        await registry.ChangedAsync(ct);
        return databases.Describe(record);
    }

    public Task<Result<TenantDescriptor>> DisableAsync(string name, CancellationToken ct) =>
        ChangeStateAsync(name, TenantState.Running, TenantState.Disabled, "Seule une agence active peut être désactivée.", ct);

    public async Task<Result<TenantDescriptor>> EnableAsync(string name, CancellationToken ct)
    {
        var result = await ChangeStateAsync(name, TenantState.Disabled, TenantState.Running, "Seule une agence désactivée peut être réactivée.", ct);
        // A removal that closed the tenant and then failed must not leave it running but refusing all work.
        if (result.IsOk)
            activity.Open(name);
        return result;
    }

    /// <summary>Removes a Disabled (or never set up) tenant with its database and files.</summary>
    public async Task<Result> RemoveAsync(string name, CancellationToken ct)
    {
        await registry.ReloadAsync(ct);
        var tenant = registry.Find(name);
        if (tenant is null)
            return Result.NotFound($"L'agence « {name} » n'existe pas.");
        if (tenant.IsHeadOffice)
            return Result.Invalid("Le siège ne peut pas être supprimé.");
        if (tenant.State == TenantState.Running)
            return Result.Conflict("Désactivez l'agence avant de la supprimer : la suppression n'est possible que depuis l'état désactivé.");

        // Disabling stops new requests and passes; a pass that began before may still be writing. Deleting the
        // folder under it would let it create the folder again, so the deletion waits for it.
        if (!await activity.CloseAsync(name, RemovalWait, ct))
            return Result.Conflict($"Des traitements de l'agence « {name} » sont encore en cours : rien n'a été supprimé, réessayez dans un instant.");
        await databases.DropAsync(tenant, ct);
        settingsCache.Forget(name);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            await db.ModuleSchemas.Where(s => s.TenantName == name).ExecuteDeleteAsync(ct);
            await db.Tenants.Where(t => t.Name == name).ExecuteDeleteAsync(ct);
        }
        await registry.ReloadAsync(ct);
        logger.LogInformation("Tenant {Tenant} removed", name);
        return Result.Success();
    }

    private async Task<Result<TenantDescriptor>> ChangeStateAsync(string name, TenantState from, TenantState to, string wrongStateMessage, CancellationToken ct)
    {
        await registry.ChangedAsync(ct);
        var tenant = registry.Find(name);
        if (tenant is null)
            return Result.NotFound($"L'agence « {name} » n'existe pas.");
        if (tenant.IsHeadOffice)
            return Result.Invalid("Le siège ne peut pas être désactivé.");
        if (tenant.State != from)
            return Result.Conflict(wrongStateMessage);
        await SetStateAsync(name, to, tenant.SetupError, ct);
        logger.LogInformation("Tenant {Tenant} is now {State}", name, to);
        return registry.Find(name)!;
    }

    private async Task SetStateAsync(string name, TenantState state, string? setupError, CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            await db.Tenants.Where(t => t.Name == name)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, state).SetProperty(t => t.SetupError, setupError), ct);
        }
        await registry.ChangedAsync(ct);
    }
}
