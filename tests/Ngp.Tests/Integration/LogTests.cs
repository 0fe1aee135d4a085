using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The site's log holds what an operator needs and nothing a person entrusted to it: no password, token, cookie or e-mail.</summary>
public abstract class LogTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory, ILoggedFactory
{
    private static async Task<string> TokenAsync(HttpClient client, string email, string password)
    {
        var answer = await client.PostAsJsonAsync("api/v1/auth/token", new { email, password });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    [SkippableFact]
    public async Task Journey_ThroughAccountsMeetingsFollowsAndComments_LogsNoSecretAndNoErrorForHandledConflicts()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Atelier des jardins", DateTimeOffset.UtcNow.AddDays(10));
        var logged = factory.Log.Entries.Count;
        const string firstPassword = "Premier-Secret-731", formPassword = "Formulaire-Secret-584", newPassword = "Nouveau-Secret-962";

        // Registers by the API and by the form; signs in by the API (a bearer token) and by the form (a cookie).
        var api = agency.Client();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("api/v1/account/register", new { email = "api@exemple.fr", password = firstPassword, leaseReference = "DEMO-0002" })).StatusCode);
        var browser = agency.Client();
        await Forms.SubmitAsync(browser, "compte/inscription", new Dictionary<string, string>
        {
            ["Input.Email"] = "formulaire@exemple.fr",
            ["Input.Password"] = formPassword,
            ["Input.ConfirmPassword"] = formPassword,
            ["Input.LeaseReference"] = "DEMO-0003",
        });
        var signIn = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = "formulaire@exemple.fr", ["Input.Password"] = formPassword });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".ngp.session", StringComparison.Ordinal)).Split(';')[0].Split('=', 2)[1];
        var firstToken = await TokenAsync(api, "api@exemple.fr", firstPassword);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("api/v1/account/register", new { email = "formulaire@exemple.fr", password = firstPassword, leaseReference = "DEMO-0004" })).StatusCode);

        // Resets the API resident's password through the e-mailed link.
        await Forms.SubmitAsync(agency.Client(), "compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = "api@exemple.fr" });
        var link = Mailbox.LinkTo(agency, "api@exemple.fr", "/compte/reinitialiser");
        var resetToken = System.Web.HttpUtility.ParseQueryString(new Uri("http://x/" + link).Query)["token"]!;
        var reset = await Forms.SubmitAsync(agency.Client(followRedirects: true), link, new Dictionary<string, string> { ["Password"] = newPassword }, keepQuery: true);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        // Registers to a meeting twice at once, follows twice at once, and comments, with a token of the new password.
        var token = await TokenAsync(api, "api@exemple.fr", newPassword);
        var resident = agency.Client();
        resident.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var registrations = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => resident.PostAsync($"api/v1/meetings/{meeting}/registration", null)));
        var follows = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => resident.PostAsync($"api/v1/content/{ParticipationHarness.DemoProject}/follow", null)));
        var comment = await ParticipationHarness.CommentAsync(resident, ParticipationHarness.DemoProject, "Le local vélos ferme mal depuis un mois.");
        Assert.All(registrations, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        Assert.All(follows, f => Assert.True(f.IsSuccessStatusCode, $"{(int)f.StatusCode}"));
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var journey = factory.Log.Entries.Skip(logged).ToList();
        // The passwords, both tokens, the session cookie, the reset link's token, and the words of the two e-mails sent.
        string[] secrets = [firstPassword, formPassword, newPassword, firstToken, token, cookie, resetToken, Uri.EscapeDataString(resetToken),
            "Pour choisir un nouveau mot de passe", "Une inscription a été demandée"];
        var leaks = journey.Where(e => secrets.Any(s => e.Text.Contains(s, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, "Secrets in the log:\n" + string.Join("\n", leaks));
        var errors = journey.Where(e => e.Level >= LogLevel.Error).ToList();
        Assert.True(errors.Count == 0, "Errors in the log of a journey where every conflict is handled:\n" + string.Join("\n", errors));
    }

    [SkippableFact]
    public async Task Follow_WhenTheDatabaseFails_IsLoggedAsAnError()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE \"Follows\""));
        var logged = factory.Log.Entries.Count;

        var follow = await resident.Api.PostAsync($"api/v1/content/{ParticipationHarness.DemoProject}/follow", null);

        var errors = factory.Log.Entries.Skip(logged).Where(e => e.Level == LogLevel.Error).ToList();
        // Closed, so that no background pass of this broken agency writes errors into the log of another test's journey.
        await factory.Services.GetRequiredService<Ngp.Tenants.Setup.TenantSetup>().DisableAsync(agency.Name, CancellationToken.None);

        Assert.Equal(HttpStatusCode.InternalServerError, follow.StatusCode);
        Assert.Contains(errors, e => e.Text.Contains("Follows", StringComparison.Ordinal));
    }
}

public sealed class LogTestsOnSqlite(LoggedSqliteFactory factory) : LogTests<LoggedSqliteFactory>(factory);

public sealed class LogTestsOnPostgres(LoggedPostgresFactory factory) : LogTests<LoggedPostgresFactory>(factory);
