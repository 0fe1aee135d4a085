using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

/// <summary>WCAG 2.1 AA (RGAA) checks by axe-core on the pages a resident meets first, and on the admin pages staff open every day.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("")]
    [InlineData("compte/inscription")]
    [InlineData("compte/connexion")]
    public async Task PublicPage_CheckedByAxe_HasNoWcag21AaViolations(string path)
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();

        var response = await page.GotoAsync(agency.Url(path));

        Assert.Equal(200, response?.Status);
        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    [Fact]
    public async Task AccountPage_CheckedByAxe_HasNoWcag21AaViolations()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();
        await AccountSteps.RegisterAndLogInAsync(page, agency, TestAgency.NewEmail(), AccountSteps.ResidentPassword, TestAgency.FreeLeaseReference);
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Mon compte");

        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    [Fact]
    public async Task AdminHomeLeasesAndModeration_CheckedByAxe_HaveNoWcag21AaViolations()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();
        await AccountSteps.LogInAsync(page, agency, agency.AdminEmail, agency.AdminPassword);

        foreach (var (path, heading) in new[] { ("admin", "Tableau de bord"), ("admin/baux?q=demo", "Liste des baux"), ("admin/moderation", "Modération des commentaires") })
        {
            var response = await page.GotoAsync(agency.Url(path));
            Assert.Equal(200, response?.Status);
            await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync(heading);
            await AxeChecks.AssertNoWcagViolationsAsync(page);
        }
    }

    [Fact]
    public async Task ErrorPage_OfAMissingAddress_IsFrenchAndHasNoWcag21AaViolations()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();

        var response = await page.GotoAsync(agency.Url("nulle-part"));

        Assert.Equal(404, response?.Status);
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Page introuvable");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Retour à l'accueil" })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    [Fact]
    public async Task FindMyAgency_OnTheHeadOffice_ListsTheAgenciesAndHasNoWcag21AaViolations()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();

        await page.GotoAsync(new Uri(browser.Site.BaseAddress, "compte/inscription").ToString());
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Créer mon compte : trouver mon agence");
        await AxeChecks.AssertNoWcagViolationsAsync(page);
        await page.GetByLabel("Référence de bail ou code postal").FillAsync("INCONNU-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Trouver mon agence" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choisissez votre agence" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Créer mon compte sur le site de {agency.DisplayName}" })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }
}
