using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SearchJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Visitor_SearchesClicksAFacetAndOpensAResult()
    {
        var agency = await browser.Site.CreateAgencyAsync(recipe: "agency-showcase");
        await using var context = await browser.NewVisitorAsync();
        var visitor = await context.NewPageAsync();

        // The demo content is indexed by the background catch-up within seconds of the agency's setup.
        await visitor.GotoAsync(agency.Url());
        var hits = visitor.Locator(".search-hit");
        var facet = visitor.GetByRole(AriaRole.Navigation, new() { Name = "Affiner" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Fiche de bonne pratique \\((\\d+)\\)$") });
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await visitor.GotoAsync(agency.Url());
            await visitor.GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher sur le site" }).FillAsync("renovation");
            await visitor.GetByRole(AriaRole.Search, new() { Name = "Rechercher sur le site" }).GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
            await visitor.WaitForURLAsync(new Regex("/recherche\\?"));
            // News and projects may be indexed before the good practices: wait for the records this journey opens.
            if (await facet.CountAsync() > 0)
                break;
            await Task.Delay(500);
        }
        await Expect(AccountSteps.MainHeading(visitor)).ToHaveTextAsync("Rechercher");
        await Expect(visitor.Locator(".search-excerpt mark").First).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(visitor);

        var label = await facet.TextContentAsync() ?? "";
        var count = int.Parse(Regex.Match(label, "\\((\\d+)\\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await facet.ClickAsync();
        await visitor.WaitForURLAsync(new Regex("type=GoodPractice"));
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync($"{count} résultat");
        await Expect(hits).ToHaveCountAsync(count);
        await AxeChecks.AssertNoWcagViolationsAsync(visitor);

        var first = hits.First.GetByRole(AriaRole.Link);
        var title = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await Expect(AccountSteps.MainHeading(visitor)).ToHaveTextAsync(title);
        await Expect(visitor.GetByText("Fiche de bonne pratique", new() { Exact = false }).First).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(visitor);
    }
}
