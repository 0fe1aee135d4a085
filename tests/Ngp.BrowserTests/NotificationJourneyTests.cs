using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Tenancy;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class NotificationJourneyTests(BrowserFixture browser)
{
    /// <summary>A resident of a fresh agency with two unread in-app notifications (as the modules raise them).</summary>
    private async Task<(TestAgency Agency, string Email)> ResidentWithNoticesAsync(IPage page)
    {
        var agency = await browser.Site.CreateAgencyAsync();
        var email = TestAgency.NewEmail();
        await AccountSteps.RegisterAndLogInAsync(page, agency, email, AccountSteps.ResidentPassword, TestAgency.FreeLeaseReference);
        var tenant = browser.Site.Services.GetRequiredService<IRunningTenants>().Running.Single(t => t.Name == agency.Name);
        await using var scope = browser.Site.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant);
        var userId = (await scope.ServiceProvider.GetRequiredService<UserManager<NgpUser>>().FindByEmailAsync(email))!.Id;
        var notifier = scope.ServiceProvider.GetRequiredService<INotifier>();
        await notifier.NotifyAsync(new Notice { Event = "NewsPublished", Title = "Travaux de façade : le calendrier" }, Audience.Users(userId));
        await notifier.NotifyAsync(new Notice { Event = "CommentReplied", Title = "Une réponse à votre commentaire" }, Audience.Users(userId));
        await scope.ServiceProvider.GetRequiredService<NgpDbContext>().SaveChangesAsync();
        return (agency, email);
    }

    /// <summary>axe runs as a script in the page: a context without JavaScript cannot run it (the pages are the same HTML).</summary>
    private static Task AxeAsync(IPage page, bool javaScript) => javaScript ? AxeChecks.AssertNoWcagViolationsAsync(page) : Task.CompletedTask;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Resident_SeesBellCount_MarksOneRead_ChoosesWeeklyDigest(bool javaScript)
    {
        await using var context = await browser.NewVisitorAsync(javaScriptEnabled: javaScript);
        var page = await context.NewPageAsync();
        var (agency, _) = await ResidentWithNoticesAsync(page);

        await page.GotoAsync(agency.Url());
        var bell = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Notifications") });
        await Expect(bell).ToHaveAccessibleNameAsync(new Regex("^Notifications\\s+2\\s+non lues$"));
        await bell.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/notifications$"));
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Mes notifications");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("2 notification(s) non lue(s).");
        await AxeAsync(page, javaScript);

        await page.GetByRole(AriaRole.Button, new() { Name = "Marquer comme lue : Une réponse à votre commentaire" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("1 notification(s) non lue(s).");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Marquer comme lue") })).ToHaveCountAsync(1);
        await Expect(bell).ToHaveAccessibleNameAsync(new Regex("^Notifications\\s+1\\s+non lue$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Choisir quand recevoir les e-mails" }).ClickAsync();
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Mes notifications par e-mail");
        await AxeAsync(page, javaScript);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Un résumé par semaine", Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre choix est enregistré.");
        await page.GotoAsync(agency.Url("compte/notifications"));
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Un résumé par semaine", Exact = false })).ToBeCheckedAsync();
        await AxeAsync(page, javaScript);
    }
}
