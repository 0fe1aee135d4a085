using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

/// <summary>WCAG 2.1 AA (RGAA) checks by axe-core, at a phone's and a desktop's width, on the pages a resident meets, and on the admin pages staff open every day.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    /// <summary>The public pages a resident meets, on the demo agency's own content: every kind of page the theme lays out.</summary>
    private static readonly string[] PublicPaths =
    [
        "", "compte/inscription", "compte/connexion", "actualites", "projets", "projets/rehabilitation-de-la-residence-les-alpins",
        "concertations", "concertations/choix-de-la-finition-de-votre-cuisine", "participation/resultats/demo-consultation-jardins",
        "reunions", "reunions/reunion-publique-cour-de-la-cite-jardin", "plan-d-actions", "recherche?q=travaux",
        "actualites/rehabilitation-des-alpins-le-chantier-demarre", "syntheses", "syntheses/synthese-comite-de-residence-des-alpins-bilan-du-chantier",
        "donnees", "participation/courrier",
    ];

    [Theory]
    [InlineData(BrowserFixture.PhoneWidth)]
    [InlineData(BrowserFixture.DesktopWidth)]
    public async Task PublicPages_CheckedByAxeAtAPhonesAndADesktopsWidth_HaveNoWcag21AaViolations(int width)
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync(width: width);
        var page = await visitor.NewPageAsync();

        foreach (var path in PublicPaths)
        {
            var response = await page.GotoAsync(agency.Url(path));

            Assert.True(response?.Status == 200, $"{path}: {response?.Status}");
            await AxeChecks.AssertNoWcagViolationsAsync(page);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Menu_OnAPhone_FoldsBehindItsButtonAndOpensWithOrWithoutJavaScript(bool javaScript)
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync(javaScript, BrowserFixture.PhoneWidth);
        var page = await visitor.NewPageAsync();
        await page.GotoAsync(agency.Url());
        var news = page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Actualités" });
        await Expect(news).ToBeHiddenAsync();

        var menu = page.Locator("summary", new() { HasText = "Menu" });
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(news).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher sur le site" })).ToBeVisibleAsync();
        // axe is a script: it runs where the page may run one.
        if (javaScript)
            await AxeChecks.AssertNoWcagViolationsAsync(page);
        await news.ClickAsync();
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Actualités");
    }

    [Fact]
    public async Task Menu_OnADesktop_ShowsItsLinksWithoutAButton()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync(javaScriptEnabled: false);
        var page = await visitor.NewPageAsync();

        await page.GotoAsync(agency.Url());

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Actualités" })).ToBeVisibleAsync();
        await Expect(page.Locator("summary", new() { HasText = "Menu" })).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData(BrowserFixture.PhoneWidth)]
    [InlineData(BrowserFixture.DesktopWidth)]
    public async Task AccountPage_CheckedByAxe_HasNoWcag21AaViolations(int width)
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync(width: width);
        var page = await visitor.NewPageAsync();
        await AccountSteps.RegisterAndLogInAsync(page, agency, TestAgency.NewEmail(), AccountSteps.ResidentPassword, TestAgency.FreeLeaseReference);
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Mon compte");

        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    [Theory]
    [InlineData(BrowserFixture.PhoneWidth)]
    [InlineData(BrowserFixture.DesktopWidth)]
    public async Task AdminPages_CheckedByAxeAtAPhonesAndADesktopsWidth_HaveNoWcag21AaViolations(int width)
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync(width: width);
        var page = await visitor.NewPageAsync();
        await AccountSteps.LogInAsync(page, agency, agency.AdminEmail, agency.AdminPassword);

        foreach (var (path, heading) in new[]
                 {
                     ("admin", "Tableau de bord"), ("admin/baux?q=demo", "Liste des baux"), ("admin/moderation", "Modération des commentaires"),
                     ("admin/contenus/demo-meeting-2/affiche", "Imprimer l'affiche"),
                     ("admin/courriers/demo-choix-cuisines", "Courriers et réponses hors ligne : Choix de la finition de votre cuisine"),
                     ("admin/reunions/demo-meeting-2", "Réunion publique — cour de la Cité Jardin"),
                 })
        {
            var response = await page.GotoAsync(agency.Url(path));
            Assert.Equal(200, response?.Status);
            await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync(heading);
            await AxeChecks.AssertNoWcagViolationsAsync(page);
        }
    }

    [Theory]
    [InlineData(BrowserFixture.PhoneWidth)]
    [InlineData(BrowserFixture.DesktopWidth)]
    public async Task ErrorPage_OfAMissingAddress_IsFrenchAndHasNoWcag21AaViolations(int width)
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync(width: width);
        var page = await visitor.NewPageAsync();

        var response = await page.GotoAsync(agency.Url("nulle-part"));

        Assert.Equal(404, response?.Status);
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Page introuvable");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Retour à l'accueil" })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    [Theory]
    [InlineData(BrowserFixture.PhoneWidth)]
    [InlineData(BrowserFixture.DesktopWidth)]
    public async Task FindMyAgency_OnTheHeadOffice_ListsTheAgenciesAndHasNoWcag21AaViolations(int width)
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync(width: width);
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
