using Microsoft.Playwright;

namespace Ngp.BrowserTests.Infrastructure;

/// <summary>What a resident does on the account pages, by the labels and buttons they read.</summary>
public static class AccountSteps
{
    public const string ResidentPassword = "Locataire-Test-2026";

    public static async Task RegisterAsync(IPage page, TestAgency agency, string email, string password, string leaseReference)
    {
        await page.GotoAsync(agency.Url("compte/inscription"));
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirmez le mot de passe").FillAsync(password);
        await page.GetByLabel("Référence de bail").FillAsync(leaseReference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
    }

    /// <summary>Registers, then logs in as the site then asks: registering does not sign anyone in.</summary>
    public static async Task RegisterAndLogInAsync(IPage page, TestAgency agency, string email, string password, string leaseReference)
    {
        await RegisterAsync(page, agency, email, password, leaseReference);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre inscription est enregistrée");
        await LogInAsync(page, agency, email, password);
    }

    public static async Task LogInAsync(IPage page, TestAgency agency, string email, string password)
    {
        await page.GotoAsync(agency.Url("compte/connexion"));
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
    }

    public static Task LogOutAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();

    /// <summary>The first-level heading of the page, as a screen reader announces it.</summary>
    public static ILocator MainHeading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
