using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

/// <summary>Issue 17: an editor writes a project and a consultation through the part forms with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorJourneyTests(BrowserFixture browser)
{
    private const string EditorEmail = "redaction@ngp.local";

    private const string Project = "Réhabilitation de la résidence Les Alpins";

    [Fact]
    public async Task Editor_WritesAProjectWithThreePhasesAndARoadMap_WithTheKeyboardAloneAndNoAxeViolation()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var context = await browser.NewVisitorAsync();
        var page = await context.NewPageAsync();
        await AccountSteps.LogInAsync(page, agency, EditorEmail, agency.AdminPassword);
        await page.GotoAsync(agency.Url("admin/contenus/nouveau/Project"));
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Nouveau contenu : Projet");
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        await TypeAsync(page, page.GetByLabel("Titre (obligatoire)", new() { Exact = true }), "Réhabilitation des Glycines");
        await TypeAsync(page, page.GetByLabel("Résumé (obligatoire)", new() { Exact = true }), "Isolation, menuiseries et ventilation.");
        await TabToAsync(page, page.GetByLabel("Phase en cours"));
        await page.Keyboard.TypeAsync("Pendant");
        // Day and month alike: the date input's segments follow the browser's own locale, whichever order it has.
        string[] starts = ["09092025", "04042026", "03032027"];
        for (var i = 0; i < 3; i++)
        {
            await TypeAsync(page, Named(page, $"parts.Phases.phases[{i}].start"), starts[i]);
            await TypeAsync(page, Named(page, $"parts.Phases.phases[{i}].description"), $"Description de la phase {i + 1}.");
        }
        await PressButtonAsync(page, "Ajouter un point d'étape à la phase « avant les travaux »");
        await Expect(Named(page, "parts.Phases.phases[0].updates[0].date")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("10102025");
        await TypeAsync(page, Named(page, "parts.Phases.phases[0].updates[0].text"), "Réunion publique : le diagnostic.");

        await PressButtonAsync(page, "Ajouter une partie prenante");
        await Expect(Named(page, "parts.RoadMap.stakeholders[0].name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Comité des Glycines");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Représentants des locataires");
        await PressButtonAsync(page, "Ajouter un objectif");
        await Expect(Named(page, "parts.RoadMap.objectives[0].text")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Diviser par deux le chauffage");
        await PressButtonAsync(page, "Ajouter un indicateur");
        await Expect(Named(page, "parts.RoadMap.indicators[0].name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Consommation de chauffage");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("kWh/m²");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("90");
        await PressButtonAsync(page, "Ajouter une mesure à l'indicateur 1");
        await Expect(Named(page, "parts.RoadMap.indicators[0].values[0].date")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("02022026");
        await TypeAsync(page, Named(page, "parts.RoadMap.indicators[0].values[0].value"), "182,5");
        await AxeChecks.AssertNoWcagViolationsAsync(page);
        await PressButtonAsync(page, "Enregistrer le brouillon");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le brouillon est enregistré.");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/contenus/[^/]+$"));
        await Expect(Named(page, "parts.Phases.phases[2].start")).ToHaveValueAsync("2027-03-03");
        await Expect(Named(page, "parts.Phases.current")).ToHaveValueAsync("during");
        await Expect(Named(page, "parts.Phases.phases[0].updates[0].date")).ToHaveValueAsync("2025-10-10");
        await Expect(Named(page, "parts.RoadMap.stakeholders[0].role")).ToHaveValueAsync("Représentants des locataires");
        await Expect(Named(page, "parts.RoadMap.indicators[0].values[0].value")).ToHaveValueAsync("182,5");
        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    [Fact]
    public async Task Editor_WritesAConsultationWithTwoQuestionsAndLinksItsProject_WithTheKeyboardAloneAndNoAxeViolation()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var context = await browser.NewVisitorAsync();
        var page = await context.NewPageAsync();
        await AccountSteps.LogInAsync(page, agency, EditorEmail, agency.AdminPassword);
        await page.GotoAsync(agency.Url("admin/contenus/nouveau/Consultation"));
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Nouveau contenu : Concertation");

        await TypeAsync(page, page.GetByLabel("Titre (obligatoire)", new() { Exact = true }), "Couleur des halls");
        await TypeAsync(page, page.GetByLabel("Résumé (obligatoire)", new() { Exact = true }), "Choisissez la couleur des halls.");
        await TypeAsync(page, Named(page, "parts.Consultation.questions[0].text"), "Quelle couleur pour les halls ?");
        await page.Keyboard.PressAsync("Tab");
        await TypeAsync(page, Named(page, "parts.Consultation.questions[0].options[0].text"), "Ocre");
        await TypeAsync(page, Named(page, "parts.Consultation.questions[0].options[1].text"), "Gris");
        await PressButtonAsync(page, "Ajouter une question");
        await Expect(Named(page, "parts.Consultation.questions[1].text")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Faut-il un banc dans le hall ?");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Oui");
        await Expect(Named(page, "parts.Consultation.questions[1].kind")).ToHaveValueAsync("yesno");
        await TypeAsync(page, page.GetByLabel("Rechercher un contenu par son titre"), "alpins");
        await page.Keyboard.PressAsync("Enter");
        var choose = page.GetByRole(AriaRole.Button, new() { Name = $"Choisir « {Project} » pour « Projet concerné »" });
        await Expect(choose).ToBeVisibleAsync();
        await PressButtonAsync(page, $"Choisir « {Project} » pour « Projet concerné »");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Retirer « {Project} » de « Projet concerné »" })).ToBeFocusedAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);
        await PressButtonAsync(page, "Enregistrer le brouillon");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le brouillon est enregistré.");
        await Expect(Named(page, "parts.Consultation.questions[0].options[1].text")).ToHaveValueAsync("Gris");
        await Expect(Named(page, "parts.Consultation.questions[1].kind")).ToHaveValueAsync("yesno");
        await Expect(Named(page, "parts.Consultation.questions[1].id")).ToHaveValueAsync("q2");
        await Expect(page.Locator(".picked")).ToContainTextAsync(Project);
        await AxeChecks.AssertNoWcagViolationsAsync(page);
    }

    private static ILocator Named(IPage page, string name) => page.Locator($"form.content-editor [name='{name}']");

    /// <summary>Presses Tab from where the focus is until <paramref name="target"/> has it: it must be reachable that way.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        var trail = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            trail.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? e.tagName + ' ' + (e.getAttribute('name') || '') + ' ' + (e.textContent || '').trim().slice(0, 40) : 'none'; }"));
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{target} is not reachable with the Tab key on {page.Url}. Focus went: {string.Join(" > ", trail)}");
    }

    private static async Task TypeAsync(IPage page, ILocator field, string text)
    {
        await TabToAsync(page, field);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs to the button and presses Enter; the form is posted and the page that comes back is waited for.</summary>
    private static async Task PressButtonAsync(IPage page, string name)
    {
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }));
        var answered = page.WaitForResponseAsync(r => r.Request.Method == "POST");
        await page.Keyboard.PressAsync("Enter");
        await answered;
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
