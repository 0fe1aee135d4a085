using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>After signing in, choosing a language or registering to a meeting, a person is sent back within the agency they are in, never elsewhere.</summary>
public abstract class ReturnUrlTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static async Task<string?> SignInAsync(Agency agency, string email, string password, string? returnUrl)
    {
        var response = await Forms.SubmitAsync(agency.Client(), "compte/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["ReturnUrl"] = returnUrl ?? "",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location?.OriginalString;
    }

    [SkippableFact]
    public async Task Login_WithAReturnAddressOutsideTheAgency_LandsOnTheAgencysAccountPage()
    {
        var agency = await factory.CreateAgencyAsync();
        var other = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        string[] elsewhere =
        [
            $"{other.PathBase}/compte",
            "/autre-agence/compte",
            "/compte",
            "//evil.example",
            "/\\evil.example",
            "https://evil.example/",
            "/\t/evil.example",
            $"{agency.PathBase}/../{other.Name}/compte",
            $"{agency.PathBase}/%2e%2e/{other.Name}/compte",
            $"{agency.PathBase}\\..\\{other.Name}\\compte",
        ];

        var landings = new List<string?>();
        foreach (var returnUrl in elsewhere)
            landings.Add(await SignInAsync(agency, resident.Email, resident.Password, returnUrl));

        Assert.All(landings, l => Assert.Equal(agency.PathBase + "/compte", l));
    }

    [SkippableFact]
    public async Task Login_WithAReturnAddressInTheAgency_GoesBackThere()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var challenge = await agency.Client().GetAsync("compte/notifications");

        var fromChallenge = System.Web.HttpUtility.ParseQueryString(challenge.Headers.Location!.Query)["ReturnUrl"];
        var back = await SignInAsync(agency, resident.Email, resident.Password, fromChallenge);
        var withQuery = await SignInAsync(agency, resident.Email, resident.Password, $"{agency.PathBase}/actualites?page=2");

        Assert.Equal($"{agency.PathBase}/compte/notifications", back);
        Assert.Equal($"{agency.PathBase}/actualites?page=2", withQuery);
    }

    [SkippableFact]
    public async Task LoginLink_OnAMeetingPage_LeadsBackToTheMeetingInItsAgency()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Atelier des jardins", DateTimeOffset.UtcNow.AddDays(10));
        // The meeting's registrations open once its publication has gone through the outbox.
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        var meetingUrl = new Uri((await admin.GetFromJsonAsync<JsonElement>($"api/v1/content/{meeting}")).GetProperty("url").GetString()!, UriKind.RelativeOrAbsolute);
        var meetingPath = meetingUrl.IsAbsoluteUri ? meetingUrl.AbsolutePath : meetingUrl.OriginalString;
        var meetingPage = await agency.Client(followRedirects: true).GetStringAsync(meetingPath[(agency.PathBase.Length + 1)..]);
        var loginLink = new HtmlParser().ParseDocument(meetingPage).QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("compte/connexion?returnUrl=", StringComparison.Ordinal));

        var back = await SignInAsync(agency, resident.Email, resident.Password, Uri.UnescapeDataString(loginLink.Split("returnUrl=")[1]));

        Assert.Equal(meetingPath, back);
    }

    [SkippableFact]
    public async Task Login_AtTheHeadOfficeWithAnAgencysAddress_StaysAtTheHeadOffice()
    {
        var agency = await factory.CreateAgencyAsync();
        var headOffice = factory.ClientFor("");

        var response = await Forms.SubmitAsync(headOffice, "compte/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = NgpFactory.AdminEmail,
            ["Input.Password"] = NgpFactory.AdminPassword,
            ["ReturnUrl"] = $"{agency.PathBase}/admin",
        });

        Assert.Equal("/compte", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task LanguageSwitch_WithAPathOutsideTheTenant_StaysInIt()
    {
        var agency = await factory.CreateAgencyAsync();

        var atHeadOffice = await factory.ClientFor("").GetAsync($"langue?culture=en-GB&returnUrl={Uri.EscapeDataString(agency.PathBase + "/compte")}");
        var climbing = await agency.Client().GetAsync($"langue?culture=en-GB&returnUrl={Uri.EscapeDataString("/../autre-agence/compte")}");
        var inAgency = await agency.Client().GetAsync($"langue?culture=en-GB&returnUrl={Uri.EscapeDataString("/actualites?page=2")}");

        Assert.Equal("/", atHeadOffice.Headers.Location?.OriginalString);
        Assert.Equal(agency.PathBase + "/", climbing.Headers.Location?.OriginalString);
        Assert.Equal(agency.PathBase + "/actualites?page=2", inAgency.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task MeetingRegistration_WithAReturnAddressOutsideTheAgency_GoesBackToTheAgencysMeetings()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(await agency.AdminAsync(), "Atelier des jardins", DateTimeOffset.UtcNow.AddDays(10));
        var browser = agency.Client();
        await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = resident.Email, ["Input.Password"] = resident.Password });
        var token = await Forms.AntiforgeryTokenAsync(browser, "compte");

        var response = await browser.PostAsync("reunions/inscription", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["meetingId"] = meeting,
            ["intent"] = "register",
            ["returnUrl"] = "/../autre-agence/compte",
            [Forms.TokenField] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(agency.PathBase + "/reunions#inscription", response.Headers.Location?.OriginalString);
    }
}

public sealed class ReturnUrlTestsOnSqlite(SqliteFactory factory) : ReturnUrlTests<SqliteFactory>(factory);

public sealed class ReturnUrlTestsOnPostgres(PostgresFactory factory) : ReturnUrlTests<PostgresFactory>(factory);
