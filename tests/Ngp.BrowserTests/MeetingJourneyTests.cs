using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MeetingJourneyTests(BrowserFixture browser)
{
    private const string AgentEmail = "agent@ngp.local";

    [Fact]
    public async Task Agent_ClosesAMeetingWithItsSynthesis_AResidentReadsIt()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        // A workshop that began an hour ago, created by the agent through the API as an organiser would in the editor.
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, paris).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow;
        var created = await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Post, "api/v1/content", new
        {
            type = "Meeting",
            title = "Atelier jardins partagés",
            parts = new { Summary = new { text = "Organiser les parcelles du printemps." } },
            fields = new { Kind = "Atelier", Start = Local(now.AddHours(-1)), End = Local(now.AddMinutes(-5)), Place = "Jardin des Alpins" },
        });
        var id = created.GetProperty("id").GetString()!;
        await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Post, $"api/v1/content/{id}/publish");

        await using var agentContext = await browser.NewVisitorAsync();
        var agent = await agentContext.NewPageAsync();
        await AccountSteps.LogInAsync(agent, agency, AgentEmail, agency.AdminPassword);
        await agent.GotoAsync(agency.Url("admin/reunions"));
        await Expect(AccountSteps.MainHeading(agent)).ToHaveTextAsync("Réunions");
        await AxeChecks.AssertNoWcagViolationsAsync(agent);
        await agent.GetByRole(AriaRole.Link, new() { Name = "Atelier jardins partagés" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Clore la réunion" })).ToBeVisibleAsync();
        await AxeChecks.AssertNoWcagViolationsAsync(agent);

        await agent.GetByLabel("Personnes présentes sans compte (nombre)").FillAsync("12");
        await agent.GetByLabel("Résumé (500 caractères au plus)").FillAsync("Douze jardiniers ; les parcelles sont réparties.");
        await agent.GetByLabel("Ce qui a été dit (Markdown)").FillAsync("Chacun a dit ce qu'il voulait cultiver.");
        await agent.GetByLabel("Décisions (Markdown)").FillAsync("- Une parcelle par famille.");
        await agent.GetByLabel("Objection 1", new() { Exact = true }).FillAsync("Les parcelles sont trop petites.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Clore la réunion" }).ClickAsync();
        // An objection without its proposal is refused, and what was typed stays.
        await Expect(agent.GetByRole(AriaRole.Alert)).ToContainTextAsync("Une objection doit être accompagnée d'une proposition");
        await Expect(agent.GetByLabel("Objection 1", new() { Exact = true })).ToHaveValueAsync("Les parcelles sont trop petites.");
        await agent.GetByLabel("Sa proposition").First.FillAsync("Partager les grandes parcelles entre deux familles.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Clore la réunion" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("la synthèse est publiée");

        await using var residentContext = await browser.NewVisitorAsync();
        var resident = await residentContext.NewPageAsync();
        await resident.GotoAsync(agency.Url("syntheses"));
        await AxeChecks.AssertNoWcagViolationsAsync(resident);
        await resident.GetByRole(AriaRole.Link, new() { Name = "Synthèse — Atelier jardins partagés" }).ClickAsync();
        await Expect(AccountSteps.MainHeading(resident)).ToHaveTextAsync("Synthèse — Atelier jardins partagés");
        await Expect(resident.GetByRole(AriaRole.Main)).ToContainTextAsync("Partager les grandes parcelles entre deux familles.");
        await AxeChecks.AssertNoWcagViolationsAsync(resident);
        await resident.GotoAsync(agency.Url("reunions"));
        await Expect(AccountSteps.MainHeading(resident)).ToHaveTextAsync("Réunions");
        await AxeChecks.AssertNoWcagViolationsAsync(resident);
    }
}
