using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class WorkflowJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_BuildsATwoStepWorkflowInTheEditor_AndSeesItRun()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var context = await browser.NewVisitorAsync();
        var admin = await context.NewPageAsync();
        await AccountSteps.LogInAsync(admin, agency, agency.AdminEmail, agency.AdminPassword);

        await admin.GotoAsync(agency.Url("admin/workflows"));
        await Expect(AccountSteps.MainHeading(admin)).ToHaveTextAsync("Workflows");
        await AxeChecks.AssertNoWcagViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Créer un workflow" }).ClickAsync();
        await Expect(AccountSteps.MainHeading(admin)).ToHaveTextAsync("Nouveau workflow");

        await admin.GetByLabel("Identifiant (lettres minuscules, chiffres, tirets)").FillAsync("journal-des-brouillons");
        await admin.GetByLabel("Nom", new() { Exact = true }).FillAsync("Journal des brouillons");
        await admin.GetByLabel("Déclencheur").SelectOptionAsync("ContentCreated");
        await admin.GetByLabel("Nouvelle activité").SelectOptionAsync("SetProperty");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'activité" }).ClickAsync();
        await admin.GetByLabel("Nom de la propriété (obligatoire)").FillAsync("titre");
        await admin.GetByLabel("Valeur (Liquid)").FillAsync("{{ Content.DisplayText }}");
        await admin.GetByLabel("Nouvelle activité").SelectOptionAsync("Log");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'activité" }).ClickAsync();
        await admin.GetByLabel("Message (Liquid) (obligatoire)").FillAsync("Brouillon : {{ Workflow.Properties.titre }}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ajouter une transition" }).ClickAsync();
        await admin.GetByLabel("Depuis (activité → issue)").Nth(1).SelectOptionAsync("setproperty-1|Done");
        await admin.GetByLabel("Vers l'activité").Nth(1).SelectOptionAsync("log-1");
        await AxeChecks.AssertNoWcagViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le workflow" }).ClickAsync();

        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Le workflow « Journal des brouillons » est enregistré");
        await Expect(admin.GetByRole(AriaRole.Img, new() { Name = "Schéma du workflow « Journal des brouillons »" })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(admin);

        await admin.GotoAsync(agency.Url("admin/contenus/nouveau/News"));
        await admin.GetByLabel("Titre (obligatoire)", new() { Exact = true }).FillAsync("Collecte des encombrants");
        await admin.GetByLabel("Résumé (obligatoire)", new() { Exact = true }).FillAsync("Le camion passe jeudi.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();

        // The background runner picks the instance up within a poll: reload the list until it shows as finished.
        var list = agency.Url("admin/workflows/journal-des-brouillons/instances");
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await admin.GotoAsync(list);
            if (await admin.Locator("table.data tbody tr", new() { HasText = "Terminée" }).CountAsync() > 0)
                break;
            await Task.Delay(250);
        }
        await AxeChecks.AssertNoWcagViolationsAsync(admin);
        await admin.Locator("table.data tbody tr", new() { HasText = "Terminée" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(admin.Locator("table.data tbody tr")).ToHaveCountAsync(2);
        await Expect(admin.Locator("pre.workflow-state")).ToContainTextAsync("Brouillon : Collecte des encombrants");
        await AxeChecks.AssertNoWcagViolationsAsync(admin);
    }
}
