using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Tests.Harness;
using Ngp.Users.Leases;

namespace Ngp.Tests.Integration;

public abstract class AccountTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static object Registration(string email, string lease, string password = NgpFactory.StrongPassword) =>
        new { email, password, leaseReference = lease };

    private static Task<HttpResponseMessage> RegisterWithFormAsync(HttpClient browser, string email, string lease) =>
        Forms.SubmitAsync(browser, "compte/inscription", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = NgpFactory.StrongPassword,
            ["Input.ConfirmPassword"] = NgpFactory.StrongPassword,
            ["Input.LeaseReference"] = lease,
        });

    private static Task<HttpResponseMessage> SignInWithFormAsync(HttpClient browser, string email) =>
        Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = NgpFactory.StrongPassword });

    /// <summary>What six tries in a row answer: one more than it takes to lock an account out.</summary>
    private static async Task<List<string>> SixTimesAsync(Func<Task<string>> attempt)
    {
        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
            answers.Add(await attempt());
        return answers;
    }

    /// <summary>A problem's JSON without its trace id, which differs for every request.</summary>
    private static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    private static Task<int> CountUsersAsync(Agency agency, string email) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));

    [SkippableFact]
    public async Task Register_WithKnownLease_CreatesVerifiedResidentOfThisAgency()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().PostAsJsonAsync("api/v1/account/register", Registration("marie@exemple.fr", "demo-0003"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var resident = await factory.TokenClientAsync(agency.PathBase, "marie@exemple.fr", NgpFactory.StrongPassword);
        var me = await resident.GetFromJsonAsync<JsonElement>("api/v1/me");
        Assert.Equal("marie@exemple.fr", me.GetProperty("email").GetString());
        Assert.Equal(["Resident"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(agency.Name, me.GetProperty("tenant").GetString());
    }

    [SkippableFact]
    public async Task Register_WithUnknownLease_IsRefusedInFrenchAndCreatesNoAccount()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().PostAsJsonAsync("api/v1/account/register", Registration("faux@exemple.fr", "NOPE-9999"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("référence de bail est inconnue", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("leaseReference", out _));
        Assert.Equal(0, await CountUsersAsync(agency, "faux@exemple.fr"));
    }

    [SkippableFact]
    public async Task Register_ThirdAccountOnOneLease_IsRefusedBecauseAHouseholdHasTwo()
    {
        var agency = await factory.CreateAgencyAsync();
        var client = agency.Client();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/v1/account/register", Registration("a@foyer.fr", "DEMO-0010"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/v1/account/register", Registration("b@foyer.fr", "DEMO-0010"))).StatusCode);

        var third = await client.PostAsJsonAsync("api/v1/account/register", Registration("c@foyer.fr", "DEMO-0010"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, third.StatusCode);
        Assert.Contains("maximum pour un foyer", (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(0, await CountUsersAsync(agency, "c@foyer.fr"));
    }

    [SkippableFact]
    public async Task Register_ConcurrentlyOnOneLease_NeverVerifiesMoreThanTwoAccounts()
    {
        var agency = await factory.CreateAgencyAsync();

        var attempts = Enumerable.Range(0, 6).Select(i => agency.Client().PostAsJsonAsync("api/v1/account/register", Registration($"course{i}@foyer.fr", "DEMO-0011")));
        var responses = await Task.WhenAll(attempts);

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var holders = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<LeaseHolder>().CountAsync(h => h.Lease!.Reference == "DEMO-0011"));
        Assert.Equal(2, holders);
    }

    [SkippableFact]
    public async Task Register_WithWeakPassword_IsRefusedWithTheReason()
    {
        var agency = await factory.CreateAgencyAsync();
        var client = agency.Client();

        var weak = await client.PostAsJsonAsync("api/v1/account/register", Registration("faible@exemple.fr", "DEMO-0004", "motdepasse"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        var errors = (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.Contains("majuscule"));
        Assert.Contains(errors, e => e!.Contains("chiffre"));
        Assert.Equal(0, await CountUsersAsync(agency, "faible@exemple.fr"));
    }

    [SkippableFact]
    public async Task Register_WithAnAddressThatHasAnAccount_AnswersAsForANewOneAndMailsItsOwner()
    {
        var agency = await factory.CreateAgencyAsync();
        var client = agency.Client();
        const string taken = "locataire@ngp.local";

        var fresh = await client.PostAsJsonAsync("api/v1/account/register", Registration("nouvelle@exemple.fr", "DEMO-0004", "Autre-Pass-2027"));
        var existing = await client.PostAsJsonAsync("api/v1/account/register", Registration(taken, "DEMO-0005", "Autre-Pass-2027"));

        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        Assert.Equal(fresh.StatusCode, existing.StatusCode);
        Assert.Equal(fresh.Headers.Location, existing.Headers.Location);
        Assert.Equal(
            (await fresh.Content.ReadAsStringAsync()).Replace("nouvelle@exemple.fr", "ADRESSE", StringComparison.Ordinal),
            (await existing.Content.ReadAsStringAsync()).Replace(taken, "ADRESSE", StringComparison.Ordinal));
        // The account is the one it was: same password, no second account, and its owner is told.
        Assert.Equal(1, await CountUsersAsync(agency, taken));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("api/v1/auth/token", new { email = taken, password = "Autre-Pass-2027" })).StatusCode);
        await factory.TokenClientAsync(agency.PathBase, taken, NgpFactory.AdminPassword);
        var mail = Assert.Single(Mailbox.WaitFor(agency, taken));
        Assert.Contains("Vous avez déjà un compte : connectez-vous ou réinitialisez votre mot de passe", mail.TextBody);
        Assert.Equal("compte/connexion", Mailbox.LinkTo(agency, taken, "/compte/connexion"));
        Assert.Equal("compte/mot-de-passe-oublie", Mailbox.LinkTo(agency, taken, "/compte/mot-de-passe-oublie"));
    }

    [SkippableFact]
    public async Task Register_OnAFullLease_IsRefusedAlikeWhetherTheAddressHasAnAccountOrNot()
    {
        var agency = await factory.CreateAgencyAsync();
        var client = agency.Client();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/v1/account/register", Registration("a@foyer.fr", "DEMO-0010"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/v1/account/register", Registration("b@foyer.fr", "DEMO-0010"))).StatusCode);

        var fresh = await client.PostAsJsonAsync("api/v1/account/register", Registration("c@foyer.fr", "DEMO-0010"));
        var existing = await client.PostAsJsonAsync("api/v1/account/register", Registration("locataire@ngp.local", "DEMO-0010"));
        var unknownLease = await client.PostAsJsonAsync("api/v1/account/register", Registration("locataire@ngp.local", "NOPE-9999"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, fresh.StatusCode);
        Assert.Equal(await WithoutTraceIdAsync(fresh), await WithoutTraceIdAsync(existing));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownLease.StatusCode);
        Assert.Contains("référence de bail est inconnue", (await unknownLease.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Empty(Mailbox.For(agency, "locataire@ngp.local"));
    }

    [SkippableFact]
    public async Task Login_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var client = agency.Client();
        Assert.Equal(HttpStatusCode.OK, (await resident.Api.GetAsync("api/v1/me")).StatusCode);

        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = "Mauvais-Pass-1" })).StatusCode);
        var fifth = await client.PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = "Mauvais-Pass-1" });
        var rightPassword = await client.PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = resident.Password });

        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, rightPassword.StatusCode);
        Assert.Contains("verrouillé", (await rightPassword.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        // The token issued before the lock-out is refused at once, though its claims were just read and kept.
        Assert.Equal(HttpStatusCode.Unauthorized, (await resident.Api.GetAsync("api/v1/me")).StatusCode);
    }

    [SkippableFact]
    public async Task Token_ForAnUnknownAddressAfterFiveWrongPasswords_AnswersLikeALockedAccount()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var client = agency.Client();
        Task<List<string>> SixWrongPasswordsAsync(string email) => SixTimesAsync(async () =>
        {
            var response = await client.PostAsJsonAsync("api/v1/auth/token", new { email, password = "Mauvais-Pass-1" });
            return $"{(int)response.StatusCode} {(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()}";
        });

        var account = await SixWrongPasswordsAsync(resident.Email);
        var nobody = await SixWrongPasswordsAsync("personne@exemple.fr");

        Assert.Equal(account, nobody);
        Assert.StartsWith("423 Ce compte est verrouillé", nobody[4]);
        Assert.StartsWith("401 ", nobody[3]);
    }

    [SkippableFact]
    public async Task LoginForm_ForAnUnknownAddressAfterFiveWrongPasswords_ShowsTheLockedAccountMessage()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = agency.Client();
        Task<List<string>> SixWrongPasswordsAsync(string email) => SixTimesAsync(async () =>
        {
            var page = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "Mauvais-Pass-1" });
            return string.Join(" | ", Forms.Errors(await page.Content.ReadAsStringAsync()));
        });

        var account = await SixWrongPasswordsAsync(resident.Email);
        var nobody = await SixWrongPasswordsAsync("personne@exemple.fr");

        Assert.Equal(account, nobody);
        Assert.StartsWith("Ce compte est verrouillé", nobody[5]);
        Assert.Equal("Adresse e-mail ou mot de passe incorrect.", nobody[0]);
    }

    [SkippableFact]
    public async Task Token_UsedThenItsUserGetsANewSecurityStamp_IsRefusedAtTheNextRequest()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var other = await agency.CreateResidentAsync();
        // Used in a row, as API clients do: what the token's check read of its user is kept for a few seconds.
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await resident.Api.GetAsync("api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.Api.GetAsync("api/v1/me")).StatusCode);

        // What a password change or reset does to the account.
        await agency.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<NgpUser>>();
            return await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(resident.Email))!);
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await resident.Api.GetAsync("api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.Api.GetAsync("api/v1/me")).StatusCode);
    }

    [SkippableFact]
    public async Task RegisterPage_WithValidForm_CreatesTheAccountThenTheResidentSignsIn()
    {
        var agency = await factory.CreateAgencyAsync();
        var browser = agency.Client(followRedirects: true);

        var registered = await RegisterWithFormAsync(browser, "paul@exemple.fr", "DEMO-0005");
        var signedIn = await SignInWithFormAsync(browser, "paul@exemple.fr");

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.EndsWith("/compte/connexion", registered.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Votre inscription est enregistrée", Forms.Text(await registered.Content.ReadAsStringAsync()));
        var html = await signedIn.Content.ReadAsStringAsync();
        Assert.EndsWith("/compte", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("<h1>Mon compte</h1>", html);
        Assert.Contains("paul@exemple.fr", html);
        Assert.Contains("DEMO-0005", html);
    }

    [SkippableFact]
    public async Task RegisterPage_WithAnAddressThatHasAnAccount_ShowsWhatItShowsForANewOne()
    {
        var agency = await factory.CreateAgencyAsync();

        var fresh = await RegisterWithFormAsync(agency.Client(followRedirects: true), "paul@exemple.fr", "DEMO-0005");
        var existing = await RegisterWithFormAsync(agency.Client(followRedirects: true), "locataire@ngp.local", "DEMO-0006");

        Assert.Equal(fresh.RequestMessage!.RequestUri, existing.RequestMessage!.RequestUri);
        Assert.Equal(Forms.Text(await fresh.Content.ReadAsStringAsync()), Forms.Text(await existing.Content.ReadAsStringAsync()));
        Assert.Contains("Vous avez déjà un compte", Assert.Single(Mailbox.WaitFor(agency, "locataire@ngp.local")).TextBody);
    }

    [SkippableFact]
    public async Task PasswordResetForm_ForAnAddressWithoutAccount_AnswersAlikeAndMailsHowToRegister()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        var known = await Forms.SubmitAsync(agency.Client(), "compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = resident.Email });
        var unknown = await Forms.SubmitAsync(agency.Client(), "compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = "personne@exemple.fr" });

        Assert.Equal(Forms.Text(await known.Content.ReadAsStringAsync()), Forms.Text(await unknown.Content.ReadAsStringAsync()));
        Assert.Contains("aucun compte n'y est inscrit", Assert.Single(Mailbox.WaitFor(agency, "personne@exemple.fr")).TextBody);
        Assert.Equal("compte/inscription", Mailbox.LinkTo(agency, "personne@exemple.fr", "/compte/inscription"));
        Assert.Equal(0, await CountUsersAsync(agency, "personne@exemple.fr"));
    }

    [SkippableFact]
    public async Task RegisterPage_WithWrongLease_ShowsTheReasonBesideTheFieldAndKeepsTheInput()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await Forms.SubmitAsync(agency.Client(), "compte/inscription", new Dictionary<string, string>
        {
            ["Input.Email"] = "erreur@exemple.fr",
            ["Input.Password"] = NgpFactory.StrongPassword,
            ["Input.ConfirmPassword"] = NgpFactory.StrongPassword,
            ["Input.LeaseReference"] = "XYZ-1",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Forms.Errors(html), e => e.Contains("référence de bail est inconnue"));
        Assert.Contains("value=\"erreur@exemple.fr\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal(0, await CountUsersAsync(agency, "erreur@exemple.fr"));
    }

    [SkippableFact]
    public async Task RegisterPage_PostedWithoutAntiforgeryToken_IsRejectedAndCreatesNothing()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().PostAsync("compte/inscription", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "csrf@exemple.fr",
            ["Input.Password"] = NgpFactory.StrongPassword,
            ["Input.ConfirmPassword"] = NgpFactory.StrongPassword,
            ["Input.LeaseReference"] = "DEMO-0006",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountUsersAsync(agency, "csrf@exemple.fr"));
    }

    [SkippableFact]
    public async Task ImportLeases_WithMixedRows_ImportsTheValidOnesAndExplainsEachRefusal()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var csv = "leaseReference,building,postcode\n"
                  + "NEW-001,Les Peupliers,38000\n"
                  + "\"NEW-002\",\"Résidence \"\"Le Lac\"\", bât. C\",38100\n"
                  + "NEW-003,Les Peupliers,3800\n"
                  + ",Sans référence,38000\n"
                  + "NEW-001,Doublon,38000\n"
                  + "DEMO-0001,Bâtiment renommé,38000\n";

        var response = await admin.PostAsync("api/v1/leases", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        var refused = report.GetProperty("refused").EnumerateArray().ToList();
        Assert.Equal([4, 5, 6], refused.Select(r => r.GetProperty("line").GetInt32()).ToArray());
        Assert.Contains("code postal", refused[0].GetProperty("reason").GetString());
        Assert.Contains("deux fois", refused[2].GetProperty("reason").GetString());
        var building = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Lease>().Where(l => l.Reference == "NEW-002").Select(l => l.Building).SingleAsync());
        Assert.Equal("Résidence \"Le Lac\", bât. C", building);
        // An imported lease verifies a registration at once.
        Assert.Equal(HttpStatusCode.Created, (await agency.Client().PostAsJsonAsync("api/v1/account/register", Registration("nouveau@exemple.fr", "new-001"))).StatusCode);
    }

    [SkippableFact]
    public async Task ImportLeases_WithWrongHeaderOrAsResident_ChangesNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var resident = await agency.CreateResidentAsync();
        Task<int> CountLeases() => agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Lease>().CountAsync());
        var before = await CountLeases();

        var wrongHeader = await admin.PostAsync("api/v1/leases", new StringContent("ref;batiment\nX-1;A\n", Encoding.UTF8, "text/csv"));
        var asResident = await resident.Api.PostAsync("api/v1/leases", new StringContent("leaseReference,building,postcode\nR-1,A,38000\n", Encoding.UTF8, "text/csv"));
        var notCsv = await admin.PostAsJsonAsync("api/v1/leases", new { leaseReference = "J-1" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongHeader.StatusCode);
        Assert.Contains("leaseReference,building,postcode", (await wrongHeader.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, asResident.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notCsv.StatusCode);
        Assert.Equal(before, await CountLeases());
    }

    [SkippableFact]
    public async Task CreateUser_ByAdministrator_GivesTheRoles_AndRefusesUnknownRoles()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var created = await admin.PostAsJsonAsync("api/v1/users", new { email = "com@agence.fr", password = NgpFactory.StrongPassword, roles = new[] { "Editor", "Agent" } });
        var unknownRole = await admin.PostAsJsonAsync("api/v1/users", new { email = "chef@agence.fr", password = NgpFactory.StrongPassword, roles = new[] { "Chef" } });
        var residentWithoutLease = await admin.PostAsJsonAsync("api/v1/users", new { email = "loc@agence.fr", password = NgpFactory.StrongPassword, roles = new[] { "Resident" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var editor = await factory.TokenClientAsync(agency.PathBase, "com@agence.fr", NgpFactory.StrongPassword);
        var me = await editor.GetFromJsonAsync<JsonElement>("api/v1/me");
        Assert.Equal(["Agent", "Editor"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownRole.StatusCode);
        Assert.Contains("Chef", (await unknownRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("roles")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, residentWithoutLease.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("api/v1/users", new { email = "x@agence.fr", password = NgpFactory.StrongPassword, roles = new[] { "Administrator" } })).StatusCode);
    }

    [SkippableFact]
    public async Task ExportAndDelete_FromTheAccountPage_GiveTheDataThenEraseItAndFreeTheLease()
    {
        var agency = await factory.CreateAgencyAsync();
        var browser = agency.Client(followRedirects: true);
        await RegisterWithFormAsync(browser, "depart@exemple.fr", "DEMO-0012");
        await SignInWithFormAsync(browser, "depart@exemple.fr");

        var export = await browser.GetAsync("compte?handler=Export");
        var data = await export.Content.ReadFromJsonAsync<JsonElement>();
        var wrongPassword = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = "Pas-Le-Bon-1" }, handler: "Delete");
        var deleted = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = NgpFactory.StrongPassword }, handler: "Delete");

        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("mes-donnees-ngp.json", export.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("depart@exemple.fr", data.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("DEMO-0012", data.GetProperty("lease").GetProperty("reference").GetString());
        Assert.Contains(Forms.Errors(await wrongPassword.Content.ReadAsStringAsync()), e => e.Contains("Mot de passe incorrect"));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(0, await CountUsersAsync(agency, "depart@exemple.fr"));
        var client = agency.Client();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/v1/account/register", Registration("suivant1@exemple.fr", "DEMO-0012"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/v1/account/register", Registration("suivant2@exemple.fr", "DEMO-0012"))).StatusCode);
    }

    [SkippableFact]
    public async Task PasswordReset_ThroughTheEmailedLink_SetsTheNewPassword()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = agency.Client(followRedirects: true);

        await Forms.SubmitAsync(browser, "compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = resident.Email });
        var link = Mailbox.LinkTo(agency, resident.Email, "/compte/reinitialiser");
        var reset = await Forms.SubmitAsync(browser, link, new Dictionary<string, string> { ["Password"] = "Nouveau-Pass-2027" }, keepQuery: true);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        await factory.TokenClientAsync(agency.PathBase, resident.Email, "Nouveau-Pass-2027");
        Assert.Equal(HttpStatusCode.Unauthorized, (await agency.Client().PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = resident.Password })).StatusCode);
    }
}

public sealed class AccountTestsOnSqlite(SqliteFactory factory) : AccountTests<SqliteFactory>(factory);

public sealed class AccountTestsOnPostgres(PostgresFactory factory) : AccountTests<PostgresFactory>(factory);
