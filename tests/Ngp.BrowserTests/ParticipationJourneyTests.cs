using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

/// <summary>
/// A resident's participation with the keyboard alone: every control is reached by Tab (so it is in the tab order),
/// chosen with Space or the arrow keys, and activated with Enter; no mouse click anywhere.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ParticipationJourneyTests(BrowserFixture browser)
{
    private const string Project = "Réhabilitation de la résidence Les Alpins";
    private const string Consultation = "Aménagement des cuisines des Alpins : votre avis";

    [Fact]
    public async Task Resident_RegistersObjectsWithAProposalVotesAndSeesTheResultsNotice_WithTheKeyboardAlone()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();

        // DEMO-0003 is a lease of the Alpins' building B, whose residents vote in the demo consultation.
        await page.GotoAsync(agency.Url("compte/inscription"));
        var email = TestAgency.NewEmail();
        await TypeAsync(page, page.GetByLabel("Adresse e-mail"), email);
        await TypeAsync(page, page.GetByLabel("Mot de passe", new() { Exact = true }), AccountSteps.ResidentPassword);
        await TypeAsync(page, page.GetByLabel("Confirmez le mot de passe"), AccountSteps.ResidentPassword);
        await TypeAsync(page, page.GetByLabel("Référence de bail"), TestAgency.LeaseReference(3));
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }), "Enter");
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Se connecter");
        await TypeAsync(page, page.GetByLabel("Adresse e-mail"), email);
        await TypeAsync(page, page.GetByLabel("Mot de passe", new() { Exact = true }), AccountSteps.ResidentPassword);
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }), "Enter");
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Mon compte");

        await PressAsync(page, page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Projets", Exact = true }), "Enter");
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Projets");
        await PressAsync(page, page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = Project }), "Enter");
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync(Project);
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        // An objection without a proposal: refused, with the rule in French, and what was typed kept.
        await ChooseAgainstAsync(page);
        await TypeAsync(page, page.Locator("#new-body"), "Les travaux du samedi matin sont trop bruyants.");
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Publier mon commentaire" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Une objection doit être accompagnée d'une proposition");
        await Expect(page.Locator("#new-body")).ToHaveValueAsync("Les travaux du samedi matin sont trop bruyants.");
        await Expect(page.Locator("#new-stance-against")).ToBeCheckedAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        await TypeAsync(page, page.Locator("#new-proposal"), "Commencer le chantier à 9 heures le samedi.");
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Publier mon commentaire" }), "Enter");
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync(Project);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Les travaux du samedi matin sont trop bruyants.");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Commencer le chantier à 9 heures le samedi.");

        await PressAsync(page, page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Concertations", Exact = true }), "Enter");
        await PressAsync(page, page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = Consultation }), "Enter");
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync(Consultation);
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        // A yes / no question: no answer is chosen yet, so Tab lands on « Oui » and Space chooses it.
        var yes = page.Locator("#q-calendrier-oui");
        await PressAsync(page, yes, " ");
        await Expect(yes).ToBeCheckedAsync();
        await PressAsync(page, page.Locator("#question-calendrier").GetByRole(AriaRole.Button), "Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre vote est enregistré. Merci !");
        await Expect(page.Locator("#q-calendrier-oui")).ToBeCheckedAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        // This consultation publishes its results at closing: the results page says when, and shows no figure.
        await page.GotoAsync(agency.Url("participation/resultats/demo-consultation-cuisines"));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Les résultats seront publiés à la clôture de la concertation");
        await Expect(page.Locator("main svg")).ToHaveCountAsync(0);
        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    [Fact]
    public async Task Resident_FollowsAProjectThenUnfollowsItFromTheAccountPage_WithTheKeyboardAlone()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();
        await AccountSteps.RegisterAndLogInAsync(page, agency, TestAgency.NewEmail(), AccountSteps.ResidentPassword, TestAgency.FreeLeaseReference);

        await page.GotoAsync(agency.Url("projets/rehabilitation-de-la-residence-les-alpins"));
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Suivre", Exact = true }), "Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Vous suivez « {Project} »");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ne plus suivre", Exact = true })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        await page.GotoAsync(agency.Url("compte"));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Ce que je suis" }).GetByRole(AriaRole.Link, new() { Name = Project })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = $"Ne plus suivre « {Project} »" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Vous ne suivez plus « {Project} »");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Ce que je suis" })).ToContainTextAsync("Vous ne suivez rien pour le moment");
    }

    [Fact]
    public async Task ActionPlanDashboard_OnTheHeadOfficeAndOnAnAgency_PassesAxe()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = await visitor.NewPageAsync();

        await page.GotoAsync(new Uri(browser.Site.BaseAddress, "plan-d-actions").ToString());
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Plan d'actions de la Nouvelle Gouvernance Partagée");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Avancement moyen des actions de chaque ambition, en pourcentage" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Actions et avancement par ambition" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = agency.DisplayName }).First).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        await page.GotoAsync(agency.Url("plan-d-actions"));
        await Expect(page.Locator("#action-1-2").GetByRole(AriaRole.Link, new() { Name = Project })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    /// <summary>Presses Tab from the top of the page until <paramref name="target"/> has the focus: it must be reachable that way.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        // Start from the page's first focusable element (the skip link), as a keyboard user does after loading the page.
        await page.EvaluateAsync("() => document.querySelector('a[href], button, input:not([type=hidden]), select, textarea')?.focus()");
        for (var i = 0; i < 400; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{target} is not reachable with the Tab key on {page.Url}.");
    }

    private static async Task TypeAsync(IPage page, ILocator field, string text)
    {
        await TabToAsync(page, field);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs to <paramref name="target"/> and presses the key; Enter follows a link or submits a form, so it waits for the next page.</summary>
    private static async Task PressAsync(IPage page, ILocator target, string key)
    {
        await TabToAsync(page, target);
        var before = page.Url;
        await page.Keyboard.PressAsync(key);
        // Every Enter of this journey leads to another address (a link, or a form that answers elsewhere or redirects).
        if (key == "Enter")
            await page.WaitForURLAsync(url => url != before, new() { Timeout = 60_000 });
    }

    /// <summary>Tab reaches the new comment's stance group on its checked choice (« Neutre »); the arrow keys then move the choice.</summary>
    private static async Task ChooseAgainstAsync(IPage page)
    {
        await TabToAsync(page, page.Locator("#new-stance-neutral"));
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#new-stance-against")).ToBeCheckedAsync();
    }
}
