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
        var failures = 0;

        await ResponseTimes.AssertAlikeAsync(
            async _ =>
            {
                var time = await ResponseTimes.TimeAsync(() => client.PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = WrongPassword }));
                failures = await ForgetFailuresBeforeLockOutAsync(agency, resident, failures + 1);
                return time;
            },
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
        var failures = 0;
        Task<HttpResponseMessage> LogInAsync(string email) => browser.PostAsync("compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WrongPassword,
            [Forms.TokenField] = token,
        }));

        await ResponseTimes.AssertAlikeAsync(
            async _ =>
            {
                var time = await ResponseTimes.TimeAsync(() => LogInAsync(resident.Email));
                failures = await ForgetFailuresBeforeLockOutAsync(agency, resident, failures + 1);
                return time;
            },
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

    /// <summary>Signs the resident in (untimed) before a fifth failure would lock the account: a success forgets the failures.</summary>
    private static async Task<int> ForgetFailuresBeforeLockOutAsync(Agency agency, Resident resident, int failures)
    {
        if (failures < 4)
            return failures;
        var signIn = await agency.Client().PostAsJsonAsync("api/v1/auth/token", new { email = resident.Email, password = resident.Password });
        Assert.True(signIn.IsSuccessStatusCode, $"The resident could not sign in: {(int)signIn.StatusCode}");
        return 0;
    }
}

public sealed class AccountTimingTestsOnSqlite(SqliteFactory factory, ITestOutputHelper output) : AccountTimingTests<SqliteFactory>(factory, output);

public sealed class AccountTimingTestsOnPostgres(PostgresFactory factory, ITestOutputHelper output) : AccountTimingTests<PostgresFactory>(factory, output);
