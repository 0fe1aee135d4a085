using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>A user, cookie or token of agency A gets nothing of agency B: not even a 200 with empty data.</summary>
public abstract class IsolationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    [SkippableFact]
    public async Task TokenOfAgencyA_OnAgencyB_IsRejectedEverywhere()
    {
        var a = await factory.CreateAgencyAsync();
        var b = await factory.CreateAgencyAsync();
        var adminOfA = await a.AdminAsync();
        var token = adminOfA.DefaultRequestHeaders.Authorization!;
        var onB = b.Client();
        onB.DefaultRequestHeaders.Authorization = token;

        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.PostAsJsonAsync("api/v1/users", new { email = "intrus@b.fr", password = NgpFactory.StrongPassword, roles = new[] { "Administrator" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.PostAsync("api/v1/leases", new StringContent("leaseReference,building,postcode\nX-1,A,38000\n", System.Text.Encoding.UTF8, "text/csv"))).StatusCode);
        // The same administrator e-mail exists in B, yet A's token names A's user: it is worthless in B.
        Assert.Equal(HttpStatusCode.OK, (await adminOfA.GetAsync("api/v1/me")).StatusCode);
    }

    [SkippableFact]
    public async Task HeadOfficeToken_OnAnAgency_IsRejected()
    {
        var agency = await factory.CreateAgencyAsync();
        var headOffice = await factory.HeadOfficeAdminAsync();
        var onAgency = agency.Client();
        onAgency.DefaultRequestHeaders.Authorization = headOffice.DefaultRequestHeaders.Authorization;

        Assert.Equal(HttpStatusCode.Unauthorized, (await onAgency.GetAsync("api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onAgency.PostAsJsonAsync("api/v1/users", new { email = "x@y.fr", password = NgpFactory.StrongPassword, roles = new[] { "Editor" } })).StatusCode);
    }

    [SkippableFact]
    public async Task SessionCookieOfAgencyA_EvenRenamedForAgencyB_SignsNobodyIntoB()
    {
        var a = await factory.CreateAgencyAsync();
        var b = await factory.CreateAgencyAsync();
        var browserOnA = a.Client(followRedirects: true);
        var login = await Forms.SubmitAsync(browserOnA, "compte/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = NgpFactory.AdminEmail,
            ["Input.Password"] = NgpFactory.AdminPassword,
        });
        Assert.Contains("<h1>Mon compte</h1>", await login.Content.ReadAsStringAsync());
        var cookie = login.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : "";
        var session = cookie.Split("; ").Single(c => c.StartsWith($".ngp.session.{a.Name}=", StringComparison.Ordinal));
        var value = session[(session.IndexOf('=') + 1)..];

        // A hostile client replays A's session under B's cookie name.
        var onB = b.Client();
        onB.DefaultRequestHeaders.Add("Cookie", $".ngp.session.{b.Name}={value}");
        var account = await onB.GetAsync("compte");
        var me = await onB.GetAsync("api/v1/me");

        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Contains("/compte/connexion", account.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.PostAsJsonAsync("api/v1/users", new { email = "x@y.fr", password = NgpFactory.StrongPassword, roles = new[] { "Editor" } })).StatusCode);
    }

    [SkippableFact]
    public async Task ResidentOfAgencyA_CannotSignInToB_NorRegisterWithALeaseOfA()
    {
        var a = await factory.CreateAgencyAsync();
        var b = await factory.CreateAgencyAsync();
        var resident = await a.CreateResidentAsync();
        var leaseOnlyInA = "ONLYA-1";
        var adminOfA = await a.AdminAsync();
        await adminOfA.PostAsync("api/v1/leases", new StringContent($"leaseReference,building,postcode\n{leaseOnlyInA},Bât. A,38000\n", System.Text.Encoding.UTF8, "text/csv"));

        var signInOnB = await b.Client().PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = resident.Password });
        var registerOnB = await b.Client().PostAsJsonAsync("api/v1/account/register", new { email = "autre@a.fr", password = NgpFactory.StrongPassword, leaseReference = leaseOnlyInA });

        Assert.Equal(HttpStatusCode.Unauthorized, signInOnB.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, registerOnB.StatusCode);
        var me = await resident.Api.GetFromJsonAsync<JsonElement>("api/v1/me");
        Assert.Equal(a.Name, me.GetProperty("tenant").GetString());
    }
}

public sealed class IsolationTestsOnSqlite(SqliteFactory factory) : IsolationTests<SqliteFactory>(factory);

public sealed class IsolationTestsOnPostgres(PostgresFactory factory) : IsolationTests<PostgresFactory>(factory);

public sealed class CookieApiForgeryTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task ApiWrite_WithTheSiteCookieAndAFormBody_IsRefusedLikeAForgedCrossSitePost()
    {
        var agency = await factory.CreateAgencyAsync();
        var browser = agency.Client(followRedirects: true);
        await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = NgpFactory.AdminEmail, ["Input.Password"] = NgpFactory.AdminPassword });

        var forged = await browser.PostAsync("api/v1/content/demo-news-1/unpublish", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var bodiless = await browser.PostAsync("api/v1/content/demo-news-1/unpublish", null);
        var json = await browser.PostAsJsonAsync("api/v1/users", new { email = "cookie@exemple.fr", password = NgpFactory.StrongPassword, roles = new[] { "Partner" } });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bodiless.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agency.Client().GetAsync("api/v1/content/demo-news-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, json.StatusCode);
    }
}
