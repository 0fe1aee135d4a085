using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ContentJourneyTests(BrowserFixture browser)
{
    private const string EditorEmail = "redaction@ngp.local";

    [Fact]
    public async Task Editor_WritesAndPublishesANewsItem_AVisitorReadsIt()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var editorContext = await browser.NewVisitorAsync();
        var editor = await editorContext.NewPageAsync();
        await AccountSteps.LogInAsync(editor, agency, EditorEmail, agency.AdminPassword);

        await editor.GotoAsync(agency.Url("admin/contenus"));
        await Expect(AccountSteps.MainHeading(editor)).ToHaveTextAsync("Contenus");
        await AxeChecks.AssertNoWcagViolationsAsync(editor);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Nouveau contenu : Actualité" }).ClickAsync();
        await Expect(AccountSteps.MainHeading(editor)).ToHaveTextAsync("Nouveau contenu : Actualité");
        await AxeChecks.AssertNoWcagViolationsAsync(editor);

        await editor.GetByLabel("Titre (obligatoire)", new() { Exact = true }).FillAsync("Jardins partagés : les premières récoltes");
        await editor.GetByLabel("Résumé (obligatoire)", new() { Exact = true }).FillAsync("Les jardiniers des Alpins partagent leurs premières tomates.");
        await editor.GetByLabel("Texte", new() { Exact = true }).FillAsync("Rendez-vous **samedi à 10 h** au jardin pour la première récolte.");
        await editor.GetByLabel("Ambition").SelectOptionAsync("4");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Aperçu" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Heading, new() { Name = "Aperçu — non enregistré" })).ToBeVisibleAsync();
        await Expect(editor.Locator(".preview strong", new() { HasText = "samedi à 10 h" })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(editor);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();

        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Le contenu est publié.");
        await Expect(AccountSteps.MainHeading(editor)).ToHaveTextAsync("Jardins partagés : les premières récoltes");

        await using var visitorContext = await browser.NewVisitorAsync();
        var visitor = await visitorContext.NewPageAsync();
        var publicPage = await visitor.GotoAsync(agency.Url("actualites/jardins-partages-les-premieres-recoltes"));

        Assert.Equal(200, publicPage?.Status);
        await Expect(AccountSteps.MainHeading(visitor)).ToHaveTextAsync("Jardins partagés : les premières récoltes");
        await Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("Rendez-vous samedi à 10 h au jardin");
        await Expect(visitor.Locator("main strong", new() { HasText = "samedi à 10 h" })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(visitor);
    }

    [Fact]
    public async Task Editor_WithoutJavaScript_SeesTheFrenchErrorBesideTheFieldAndKeepsTheText()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var context = await browser.NewVisitorAsync(javaScriptEnabled: false);
        var editor = await context.NewPageAsync();
        await AccountSteps.LogInAsync(editor, agency, EditorEmail, agency.AdminPassword);
        await editor.GotoAsync(agency.Url("admin/contenus/nouveau/News"));

        await editor.GetByLabel("Titre (obligatoire)", new() { Exact = true }).FillAsync("Collecte des encombrants");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();

        await Expect(editor.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le résumé est obligatoire.");
        await Expect(editor.GetByLabel("Résumé (obligatoire)", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(editor.GetByLabel("Titre (obligatoire)", new() { Exact = true })).ToHaveValueAsync("Collecte des encombrants");
        await Expect(editor).ToHaveURLAsync(new Regex("/admin/contenus/nouveau/News$"));
    }
}
