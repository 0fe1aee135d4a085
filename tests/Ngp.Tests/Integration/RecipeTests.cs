using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Settings;
using Ngp.Recipes;
using Ngp.Tests.Harness;
using Ngp.Users.Leases;

namespace Ngp.Tests.Integration;

public abstract class RecipeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private sealed record Snapshot(int Users, int Roles, int RoleClaims, int UserRoles, int Leases, int Holders, string Settings);

    private static Task<Snapshot> SnapshotAsync(Agency agency) => agency.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<NgpDbContext>();
        return new Snapshot(
            await db.Users.CountAsync(),
            await db.Roles.CountAsync(),
            await db.RoleClaims.CountAsync(),
            await db.UserRoles.CountAsync(),
            await db.Set<Lease>().CountAsync(),
            await db.Set<LeaseHolder>().CountAsync(),
            // Every module keeps its settings under its own key (site, maintenance…): all of them, in key order.
            string.Join("\n", await db.SiteSettings.OrderBy(s => s.Key).Select(s => s.Key + "=" + s.Value).ToListAsync()));
    });

    [SkippableFact]
    public async Task AgencyRecipe_RunTwice_ChangesNothingTheSecondTime()
    {
        var agency = await factory.CreateAgencyAsync();
        var before = await SnapshotAsync(agency);
        var recipe = factory.Services.GetRequiredService<RecipeCatalog>().Find("agency-demo")!;

        await factory.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(
            agency.Tenant, recipe, new Dictionary<string, string> { ["adminEmail"] = NgpFactory.AdminEmail, ["adminPassword"] = NgpFactory.AdminPassword }, CancellationToken.None);

        var after = await SnapshotAsync(agency);
        Assert.Equal(before, after);
        Assert.Equal(6, after.Roles);
        Assert.Equal(20, after.Leases);
        Assert.Equal(6, after.Users);
    }

    [SkippableFact]
    public async Task AgencyRecipe_ForARealAgency_CreatesNoDemoAccountOrLease()
    {
        var agency = await factory.CreateAgencyAsync("agency");

        var snapshot = await SnapshotAsync(agency);

        Assert.Equal(1, snapshot.Users);
        Assert.Equal(0, snapshot.Leases);
        Assert.Equal(6, snapshot.Roles);
        var demoLogin = await agency.Client().PostAsync("api/v1/auth/token",
            System.Net.Http.Json.JsonContent.Create(new { email = "redaction@ngp.local", password = NgpFactory.AdminPassword }));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, demoLogin.StatusCode);
    }

    [SkippableFact]
    public async Task Recipe_WithAnUnknownStepOrBadBody_IsRefusedBeforeAnyStepRuns()
    {
        var agency = await factory.CreateAgencyAsync();
        var before = await SnapshotAsync(agency);
        var recipe = RecipeCatalog.Parse("""
            { "name": "melange", "steps": [
                { "name": "settings", "siteName": "Ne doit pas s'appliquer" },
                { "name": "leases", "leases": "pas une liste" },
                { "name": "magie" } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => factory.Services.GetRequiredService<RecipeExecutor>()
            .ExecuteAsync(agency.Tenant, recipe, new Dictionary<string, string>(), CancellationToken.None));

        Assert.Equal(1, error.StepIndex);
        Assert.Contains("Étape 2 « leases »", error.Message);
        Assert.Equal(before, await SnapshotAsync(agency));
        var settings = await agency.InScopeAsync(sp => sp.GetRequiredService<ISiteSettingsStore>().GetAsync());
        Assert.NotEqual("Ne doit pas s'appliquer", settings.SiteName);
    }
}

public sealed class RecipeTestsOnSqlite(SqliteFactory factory) : RecipeTests<SqliteFactory>(factory);

public sealed class RecipeTestsOnPostgres(PostgresFactory factory) : RecipeTests<PostgresFactory>(factory);
