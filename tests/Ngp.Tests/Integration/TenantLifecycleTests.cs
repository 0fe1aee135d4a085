using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;
using Ngp.Tenants;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public abstract class TenantLifecycleTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static object NewTenant(string name, string? prefix = null, string password = NgpFactory.AdminPassword, string recipe = "agency") => new
    {
        name,
        displayName = "Agence " + name,
        urlPrefix = prefix ?? name,
        hostNames = Array.Empty<string>(),
        recipe,
        adminEmail = "directeur@" + name + ".test",
        adminPassword = password,
    };

    private static string UniqueName() => "ag-" + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public async Task CreateTenant_WithValidRequest_IsListedRunningAndServesItsHomePage()
    {
        var admin = await factory.HeadOfficeAdminAsync();
        var name = UniqueName();

        var created = await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await admin.GetFromJsonAsync<JsonElement>("api/v1/tenants");
        var row = list.EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);
        Assert.Equal("Running", row.GetProperty("state").GetString());
        Assert.Equal(name, row.GetProperty("urlPrefix").GetString());
        Assert.Equal(0, row.GetProperty("hostNames").GetArrayLength());
        var home = await factory.ClientFor("/" + name).GetStringAsync("");
        Assert.Contains("Agence " + name, home);
        // The first administrator given at creation can sign in to the new agency, and only there.
        var agencyAdmin = await factory.TokenClientAsync("/" + name, "directeur@" + name + ".test", NgpFactory.AdminPassword);
        var me = await agencyAdmin.GetFromJsonAsync<JsonElement>("api/v1/me");
        Assert.Equal(name, me.GetProperty("tenant").GetString());
        Assert.Contains("Administrator", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [SkippableTheory]
    [InlineData("Grenoble", "urlPrefix")]
    [InlineData("grenoble centre", "urlPrefix")]
    [InlineData("admin", "urlPrefix")]
    [InlineData("api", "urlPrefix")]
    [InlineData("-grenoble", "urlPrefix")]
    public async Task CreateTenant_WithBadOrReservedPrefix_IsRefusedWithFieldErrorAndCreatesNothing(string prefix, string field)
    {
        var admin = await factory.HeadOfficeAdminAsync();
        var name = UniqueName();

        var response = await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name, prefix));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("La création de l'agence est refusée", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0);
        Assert.Null(factory.Services.GetRequiredService<TenantRegistry>().Find(name));
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "Sites", name)));
    }

    [SkippableFact]
    public async Task CreateTenant_WithDuplicateNameOrPrefix_IsRefusedWithConflict()
    {
        var admin = await factory.HeadOfficeAdminAsync();
        var name = UniqueName();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name))).StatusCode);

        var sameName = await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name, UniqueName()));
        var samePrefix = await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(UniqueName(), name));

        Assert.Equal(HttpStatusCode.Conflict, sameName.StatusCode);
        Assert.Contains("existe déjà", (await sameName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, samePrefix.StatusCode);
        Assert.Contains("déjà utilisé", (await samePrefix.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task CreateTenant_WithWeakAdminPasswordOrUnknownRecipe_IsRefusedWithReasons()
    {
        var admin = await factory.HeadOfficeAdminAsync();
        var name = UniqueName();

        var weak = await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name, password: "abc"));
        var unknownRecipe = await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name, recipe: "inexistante"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        var errors = (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(errors.GetProperty("adminPassword").EnumerateArray(), m => m.GetString()!.Contains("au moins 10 caractères"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownRecipe.StatusCode);
        Assert.Contains("inexistante", (await unknownRecipe.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("recipe")[0].GetString());
        Assert.Null(factory.Services.GetRequiredService<TenantRegistry>().Find(name));
    }

    [SkippableFact]
    public async Task DisableTenant_ThenItsSiteIsUnavailable_AndEnablingRestoresIt()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await factory.HeadOfficeAdminAsync();
        var visitor = agency.Client();

        var disabled = await admin.PostAsync($"api/v1/tenants/{agency.Name}/disable", null);
        var whileDisabled = await visitor.GetAsync("");
        var apiWhileDisabled = await visitor.GetAsync("api/v1/me");
        var enabled = await admin.PostAsync($"api/v1/tenants/{agency.Name}/enable", null);
        var afterEnable = await visitor.GetAsync("");

        Assert.Equal("Disabled", (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDisabled.StatusCode);
        Assert.Contains("momentanément fermé", await whileDisabled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, apiWhileDisabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterEnable.StatusCode);
    }

    [SkippableFact]
    public async Task RemoveTenant_WhileRunning_IsRefused_AndAfterDisablingDeletesItsDataForGood()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await factory.HeadOfficeAdminAsync();
        var folder = agency.Tenant.DataFolder;
        Assert.True(Directory.Exists(folder));

        var whileRunning = await admin.DeleteAsync($"api/v1/tenants/{agency.Name}");
        Assert.Equal(HttpStatusCode.Conflict, whileRunning.StatusCode);
        Assert.Contains("Désactivez", (await whileRunning.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        await admin.PostAsync($"api/v1/tenants/{agency.Name}/disable", null);
        var removed = await admin.DeleteAsync($"api/v1/tenants/{agency.Name}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(Directory.Exists(folder));
        var list = await admin.GetFromJsonAsync<JsonElement>("api/v1/tenants");
        Assert.DoesNotContain(list.EnumerateArray(), t => t.GetProperty("name").GetString() == agency.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"api/v1/tenants/{agency.Name}")).StatusCode);
    }

    [SkippableFact]
    public async Task RemoveTenant_WhileAPassIsUnderWay_WaitsForIt_AndALatePassNeverCreatesItsFolderAgain()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await factory.HeadOfficeAdminAsync();
        // What a background pass holds when it listed the tenant before it was disabled.
        var listedBefore = agency.Tenant;
        var scopes = factory.Services.GetRequiredService<ITenantScopeFactory>();
        await admin.PostAsync($"api/v1/tenants/{agency.Name}/disable", null);
        var passUnderWay = scopes.CreateScope(listedBefore);

        var removal = admin.DeleteAsync($"api/v1/tenants/{agency.Name}");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var finishedBeforeThePass = removal.IsCompleted;
        var newWorkRefused = Assert.Throws<TenantClosedException>(() => scopes.CreateScope(listedBefore));
        var folderWhileWaiting = Directory.Exists(listedBefore.DataFolder);
        await passUnderWay.DisposeAsync();
        var removed = await removal;
        var latePass = await Record.ExceptionAsync(() => factory.Services.GetRequiredService<Ngp.Search.Indexing.TenantIndexer>().CatchUpAsync(listedBefore));

        Assert.False(finishedBeforeThePass);
        Assert.Equal(agency.Name, newWorkRefused.Tenant);
        Assert.True(folderWhileWaiting);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.IsType<TenantClosedException>(latePass);
        Assert.False(Directory.Exists(listedBefore.DataFolder));
    }

    [SkippableFact]
    public async Task CreateTenant_WithTheNameOfARemovedOne_RunsAndTakesWorkAgain()
    {
        var admin = await factory.HeadOfficeAdminAsync();
        var name = UniqueName();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name))).StatusCode);
        await admin.PostAsync($"api/v1/tenants/{name}/disable", null);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"api/v1/tenants/{name}")).StatusCode);

        var again = await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name));
        var home = await factory.ClientFor("/" + name).GetAsync("");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [SkippableFact]
    public async Task TenantApi_OnAnAgencyOrWithoutHeadOfficeAdministrator_GivesNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var agencyAdmin = await agency.AdminAsync();
        var anonymous = factory.ClientFor("");
        var headOfficeAdmin = await factory.HeadOfficeAdminAsync();
        var created = await headOfficeAdmin.PostAsJsonAsync("api/v1/users", new { email = "redac@siege.test", password = NgpFactory.StrongPassword, roles = new[] { "Editor" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var editor = await factory.TokenClientAsync("", "redac@siege.test", NgpFactory.StrongPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await agencyAdmin.GetAsync("api/v1/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/v1/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("api/v1/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("api/v1/tenants", NewTenant(UniqueName()))).StatusCode);
    }

    [SkippableFact]
    public async Task CreateTenant_WithInvalidRecipe_IsRefusedWithStepAndReason_AndLeavesNoDatabase()
    {
        var recipe = """
            { "name": "cassee", "steps": [ { "name": "settings", "siteName": "Cassée" }, { "name": "roles", "roles": [ { "name": "Chef", "permissions": [] } ] } ] }
            """;
        var admin = await factory.HeadOfficeAdminAsync();
        await File.WriteAllTextAsync(Path.Combine(factory.RecipesPath, "cassee.recipe.json"), recipe);
        var name = UniqueName();

        var response = await admin.PostAsJsonAsync("api/v1/tenants", NewTenant(name, recipe: "cassee"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;
        Assert.Contains("Étape 2 « roles »", title);
        Assert.Contains("Chef", title);
        var tenant = factory.Services.GetRequiredService<TenantRegistry>().Find(name);
        Assert.NotNull(tenant);
        Assert.Equal(TenantState.Uninitialized, tenant.State);
        Assert.False(Directory.Exists(tenant.DataFolder));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.ClientFor("/" + name).GetAsync("")).StatusCode);
    }
}

public sealed class TenantLifecycleTestsOnSqlite(SqliteFactory factory) : TenantLifecycleTests<SqliteFactory>(factory);

public sealed class TenantLifecycleTestsOnPostgres(PostgresFactory factory) : TenantLifecycleTests<PostgresFactory>(factory);
