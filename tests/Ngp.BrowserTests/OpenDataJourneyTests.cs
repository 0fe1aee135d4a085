using System.Text;
using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class OpenDataJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Visitor_FindsOpenDataFromTheFooter_AndDownloadsTheNewsAsCsvWithTheKeyboardAlone_WithNoAxeViolation()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        await using var context = await browser.NewVisitorAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(agency.Url());
        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Données ouvertes" }).ClickAsync();
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Données ouvertes");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Actualités", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Colonnes de « Actualités »" })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        // From the top of the page, Tab until the news' CSV link has the focus, then Enter downloads it.
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Télécharger en CSV — Actualités" });
        await page.Locator("body").FocusAsync();
        var reached = false;
        for (var presses = 0; presses < 120 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await link.EvaluateAsync<bool>("a => a === document.activeElement");
        }
        Assert.True(reached, "The news' CSV link cannot be reached with the Tab key.");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("actualites.csv", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
        Assert.StartsWith("titre;date_de_publication;resume;adresse", text.TrimStart('\uFEFF'));

        // The columns of a wide dataset scroll in their own region, which the keyboard reaches too.
        var region = page.GetByRole(AriaRole.Region, new() { Name = "Colonnes de « Résultats des concertations »" });
        await region.FocusAsync();
        await Expect(region).ToBeFocusedAsync();
    }
}
