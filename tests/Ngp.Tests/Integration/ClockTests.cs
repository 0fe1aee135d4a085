using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>Every expiry follows the site's clock (the injected TimeProvider), never the system's.</summary>
public sealed class ClockTests
{
    private static Task<HttpResponseMessage> TokenAsync(Agency agency, string email, string password) =>
        agency.Client().PostAsJsonAsync("api/v1/auth/token", new { email, password });

    [Fact]
    public async Task Token_AfterEightHoursOfTheSiteClock_IsRefused_AndAcceptedJustBefore()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var used = await agency.CreateResidentAsync();
        var unused = await agency.CreateResidentAsync();

        factory.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromMinutes(1));
        var before = await used.Api.GetAsync("api/v1/me");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await used.Api.GetAsync("api/v1/me");
        var firstUseAfter = await unused.Api.GetAsync("api/v1/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, firstUseAfter.StatusCode);
    }

    [Fact]
    public async Task Token_ItsExpiry_IsEightHoursAfterTheSiteClock()
    {
        var start = DateTimeOffset.UtcNow.AddYears(2);
        await using var factory = new ClockedFactory { Clock = new FakeTimeProvider(start) };
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        var answer = await (await TokenAsync(agency, resident.Email, resident.Password)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(start.AddHours(8), answer.GetProperty("expiresUtc").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task PasswordResetLink_AfterADayOfTheSiteClock_IsRefused_AndWorksJustBefore()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var first = await agency.CreateResidentAsync();
        var second = await agency.CreateResidentAsync();
        var browser = agency.Client(followRedirects: true);
        await Forms.SubmitAsync(browser, "compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = first.Email });
        await Forms.SubmitAsync(browser, "compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = second.Email });
        var firstLink = Mailbox.LinkTo(agency, first.Email, "/compte/reinitialiser");
        var secondLink = Mailbox.LinkTo(agency, second.Email, "/compte/reinitialiser");

        factory.Clock.Advance(TimeSpan.FromHours(23));
        var inTime = await Forms.SubmitAsync(browser, firstLink, new Dictionary<string, string> { ["Password"] = "Nouveau-Pass-2027" }, keepQuery: true);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var late = await Forms.SubmitAsync(browser, secondLink, new Dictionary<string, string> { ["Password"] = "Nouveau-Pass-2027" }, keepQuery: true);

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(agency, first.Email, "Nouveau-Pass-2027")).StatusCode);
        Assert.Contains(Forms.Errors(await late.Content.ReadAsStringAsync()), e => e.StartsWith("Ce lien n'est plus valable", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(agency, second.Email, second.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(agency, second.Email, "Nouveau-Pass-2027")).StatusCode);
    }

    [Fact]
    public async Task LockOut_EndsAfterFifteenMinutesOfTheSiteClock_NotBefore()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        for (var i = 0; i < 5; i++)
            await TokenAsync(agency, resident.Email, "Mauvais-Pass-1");

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await TokenAsync(agency, resident.Email, resident.Password);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var unlocked = await TokenAsync(agency, resident.Email, resident.Password);

        Assert.Equal(HttpStatusCode.Locked, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [Fact]
    public async Task LockOut_OfAnAddressWithoutAccount_StartsAndEndsLikeAnAccounts()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        const string nobody = "personne@exemple.fr";
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(agency, resident.Email, "Mauvais-Pass-1");
            await TokenAsync(agency, nobody, "Mauvais-Pass-1");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = (await TokenAsync(agency, resident.Email, "Mauvais-Pass-1")).StatusCode;
        var nobodyStillLocked = (await TokenAsync(agency, nobody, "Mauvais-Pass-1")).StatusCode;
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var unlocked = (await TokenAsync(agency, resident.Email, "Mauvais-Pass-1")).StatusCode;
        var nobodyUnlocked = (await TokenAsync(agency, nobody, "Mauvais-Pass-1")).StatusCode;

        Assert.Equal(HttpStatusCode.Locked, stillLocked);
        Assert.Equal(HttpStatusCode.Locked, nobodyStillLocked);
        Assert.Equal(HttpStatusCode.Unauthorized, unlocked);
        Assert.Equal(HttpStatusCode.Unauthorized, nobodyUnlocked);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-3)]
    public async Task Journey_WithTheSiteClockYearsFromTheRealDate_SignsInKeepsTheSessionAndLocksOut(int years)
    {
        await using var factory = new ClockedFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(years)) };
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = agency.Client();

        var signIn = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = resident.Email, ["Input.Password"] = resident.Password });
        var account = await browser.GetAsync("compte");
        var me = await resident.Api.GetAsync("api/v1/me");
        for (var i = 0; i < 5; i++)
            await TokenAsync(agency, resident.Email, "Mauvais-Pass-1");
        var locked = await TokenAsync(agency, resident.Email, resident.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
    }

    [Fact]
    public async Task DemoAgency_SetUpAYearAfterItsRecipeWasWritten_StillHasUpcomingMeetingsAndOpenConsultations()
    {
        await using var factory = new ClockedFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(1)) };
        var agency = await factory.CreateAgencyAsync();
        var now = factory.Clock.GetUtcNow();
        // The meetings' calendar is written by the consumer of the recipe's events: let it catch up.
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var meetings = await agency.Client().GetFromJsonAsync<JsonElement>("api/v1/meetings");
        var consultations = await agency.Client().GetFromJsonAsync<JsonElement>("api/v1/content?type=Consultation");

        Assert.Contains(meetings.EnumerateArray(), m => m.GetProperty("title").GetString() == "Réunion publique — cour de la Cité Jardin" && m.GetProperty("startUtc").GetDateTimeOffset() > now);
        var windows = consultations.GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("parts").GetProperty("Consultation"))
            .Select(c => (Opens: c.GetProperty("opensUtc").GetDateTimeOffset(), Closes: c.GetProperty("closesUtc").GetDateTimeOffset()))
            .ToList();
        Assert.Equal(3, windows.Count(w => w.Opens <= now && now < w.Closes));
    }
}
