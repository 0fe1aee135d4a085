using System.Net.Http.Json;
using Ngp.Tests.Harness;
using Xunit.Abstractions;

namespace Ngp.Tests.Integration;

/// <summary>Timed tests run alone, after the others, so that other tests do not load the machine while they measure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedAlone
{
    public const string Name = "Timed alone";
}

/// <summary>
/// Someone with a stopwatch cannot tell whether an address has an account: a wrong password and a reset request take
/// as long for an unknown address as for an existing account.
/// </summary>
[Collection(TimedAlone.Name)]
public abstract class AccountTimingTests<TFactory>(TFactory factory, ITestOutputHelper output) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private const string WrongPassword = "Mauvais-Pass-1";

    [SkippableFact]
    public async Task Token_WrongPasswordForAnUnknownAddress_TakesAsLongAsForAnExistingAccount()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var client = agency.Client();

        await ResponseTimes.AssertAlikeAsync(
            WrongPasswordsOf(agency, resident, () => client.PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = WrongPassword })),
            attempt => ResponseTimes.TimeAsync(() => client.PostAsJsonAsync("api/v1/auth/token", new { email = $"inconnu{attempt}@exemple.fr", password = WrongPassword })),
            output.WriteLine);
    }

    [SkippableFact]
    public async Task LoginForm_WrongPasswordForAnUnknownAddress_TakesAsLongAsForAnExistingAccount()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = agency.Client();
        var token = await Forms.AntiforgeryTokenAsync(browser, "compte/connexion");
        Task<HttpResponseMessage> LogInAsync(string email) => browser.PostAsync("compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WrongPassword,
            [Forms.TokenField] = token,
        }));

        await ResponseTimes.AssertAlikeAsync(
            WrongPasswordsOf(agency, resident, () => LogInAsync(resident.Email)),
            attempt => ResponseTimes.TimeAsync(() => LogInAsync($"inconnu{attempt}@exemple.fr")),
            output.WriteLine);
    }

    [SkippableFact]
    public async Task PasswordResetForm_ForAnUnknownAddress_TakesAsLongAsForAnExistingAccount()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = agency.Client();
        var token = await Forms.AntiforgeryTokenAsync(browser, "compte/mot-de-passe-oublie");
        Task<HttpResponseMessage> AskAsync(string email) => browser.PostAsync("compte/mot-de-passe-oublie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            [Forms.TokenField] = token,
        }));

        await ResponseTimes.AssertAlikeAsync(
            _ => ResponseTimes.TimeAsync(() => AskAsync(resident.Email)),
            attempt => ResponseTimes.TimeAsync(() => AskAsync($"inconnu{attempt}@exemple.fr")),
            output.WriteLine);
    }

    /// <summary>
    /// Timed tries of a wrong password for the resident; before a fifth failure would lock the account out, an untimed
    /// sign-in with the right one forgets the failures, so every timed try meets the same account.
    /// </summary>
    private static ResponseTimes.Try WrongPasswordsOf(Agency agency, Resident resident, Func<Task> request)
    {
        var failures = 0;
        return async _ =>
        {
            var time = await ResponseTimes.TimeAsync(request);
            if (++failures < 4)
                return time;
            var signIn = await agency.Client().PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = resident.Password });
            Assert.True(signIn.IsSuccessStatusCode, $"The resident could not sign in: {(int)signIn.StatusCode}");
            failures = 0;
            return time;
        };
    }
}

public sealed class AccountTimingTestsOnSqlite(SqliteFactory factory, ITestOutputHelper output) : AccountTimingTests<SqliteFactory>(factory, output);

public sealed class AccountTimingTestsOnPostgres(PostgresFactory factory, ITestOutputHelper output) : AccountTimingTests<PostgresFactory>(factory, output);
