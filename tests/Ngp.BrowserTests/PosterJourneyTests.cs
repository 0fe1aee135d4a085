using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ngp.BrowserTests;

/// <summary>A staff member prints a meeting's hall poster for three buildings with the keyboard alone, no mouse, no script needed.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PosterJourneyTests(BrowserFixture browser)
{
    private const string EditorEmail = "redaction@ngp.local";
    private const string Meeting = "Réunion publique : la rénovation des halls";
    private static readonly string[] Buildings = ["Le Belvédère", "Les Glycines", "Résidence Les Alpins, bât. A"];

    [Fact]
    public async Task Editor_PrintsTheMeetingPosterForThreeBuildings_WithTheKeyboardAlone()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, paris).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var start = DateTimeOffset.UtcNow.AddDays(10);
        var created = await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Post, "api/v1/content", new
        {
            type = "Meeting",
            title = Meeting,
            parts = new { Summary = new { text = "Choisir ensemble les couleurs et l'éclairage des halls." } },
            fields = new { Kind = "Réunion publique", Start = Local(start), End = Local(start.AddHours(2)), Place = "Salle des fêtes" },
        });
        var id = created.GetProperty("id").GetString()!;
        await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Post, $"api/v1/content/{id}/publish");

        await using var context = await browser.NewVisitorAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(agency.Url("compte/connexion"));
        await TypeAsync(page, page.GetByLabel("Adresse e-mail"), EditorEmail);
        await TypeAsync(page, page.GetByLabel("Mot de passe", new() { Exact = true }), agency.AdminPassword);
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();

        await page.GotoAsync(agency.Url($"admin/contenus/{id}"));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Adresse courte");
        await PressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Imprimer l'affiche" }), "Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Imprimer l'affiche");
        await AxeChecks.AssertNoWcagViolationsAsync(page);

        foreach (var building in Buildings)
        {
            var box = page.GetByRole(AriaRole.Checkbox, new() { Name = building, Exact = true });
            await PressAsync(page, box, " ");
            await Expect(box).ToBeCheckedAsync();
        }
        var download = await page.RunAndWaitForDownloadAsync(() =>
            PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Télécharger l'affiche (PDF)" }), "Enter"));

        Assert.Contains($"/api/v1/content/{id}/poster.pdf?", download.Url);
        Assert.Equal(Buildings, new Uri(download.Url).Query.TrimStart('?').Split('&').Select(p => Uri.UnescapeDataString(p["buildings=".Length..].Replace('+', ' '))));
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        // One A4 page per building: the page objects stay uncompressed in PDFsharp's output.
        Assert.Equal(3, PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    /// <summary>Presses Tab from the top of the page until <paramref name="target"/> has the focus: it must be reachable that way.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
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

    private static async Task PressAsync(IPage page, ILocator target, string key)
    {
        await TabToAsync(page, target);
        await page.Keyboard.PressAsync(key);
    }
}
