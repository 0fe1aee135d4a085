using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Register_WithValidLease_LogsInThenAgainAfterLogout()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();
        var email = TestAgency.NewEmail();

        await AccountSteps.RegisterAndLogInAsync(page, agency, email, AccountSteps.ResidentPassword, TestAgency.FreeLeaseReference);

        await Expect(page).ToHaveURLAsync(AccountPage(agency));
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Mon compte");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(email);

        await AccountSteps.LogOutAsync(page);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Se connecter", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToHaveCountAsync(0);

        await AccountSteps.LogInAsync(page, agency, email, AccountSteps.ResidentPassword);

        await Expect(page).ToHaveURLAsync(AccountPage(agency));
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Mon compte");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(email);
    }

    [Fact]
    public async Task Register_WithUnknownLease_ShowsFrenchErrorAndCreatesNoAccount()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();
        var email = TestAgency.NewEmail();

        await AccountSteps.RegisterAsync(page, agency, email, AccountSteps.ResidentPassword, "DEMO-9999");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Cette référence de bail est inconnue de l'agence");
        await Expect(page).ToHaveURLAsync(new Regex("/compte/inscription"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToHaveCountAsync(0);

        await AccountSteps.LogInAsync(page, agency, email, AccountSteps.ResidentPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/compte/connexion"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Adresse e-mail ou mot de passe incorrect");
        await Expect(AccountSteps.MainHeading(page)).Not.ToHaveTextAsync("Mon compte");
        Assert.False(await browser.Site.CanGetTokenAsync(agency, email, AccountSteps.ResidentPassword), "No account should exist after a refused registration.");
    }

    [Fact]
    public async Task Register_WithoutJavaScript_ThenLogsIn()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync(javaScriptEnabled: false);
        var page = await visitor.NewPageAsync();
        var email = TestAgency.NewEmail();

        await AccountSteps.RegisterAsync(page, agency, email, AccountSteps.ResidentPassword, TestAgency.FreeLeaseReference);
        await Expect(page).ToHaveURLAsync(new Regex("/compte/connexion"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre inscription est enregistrée");
        await AccountSteps.LogInAsync(page, agency, email, AccountSteps.ResidentPassword);

        await Expect(page).ToHaveURLAsync(AccountPage(agency));
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Mon compte");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(email);
    }

    private static Regex AccountPage(TestAgency agency) => new($"^{Regex.Escape(agency.Url("compte"))}/?$");
}
