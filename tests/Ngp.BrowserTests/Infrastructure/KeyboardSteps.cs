using Microsoft.Playwright;

namespace Ngp.BrowserTests.Infrastructure;

/// <summary>
/// Steps taken with the keyboard alone: a control is reached by Tab from the top of the page (so it is in the tab
/// order), then typed into or pressed; no mouse.
/// </summary>
public static class KeyboardSteps
{
    /// <summary>Presses Tab from the top of the page until <paramref name="target"/> has the focus: it must be reachable that way.</summary>
    public static async Task TabToAsync(IPage page, ILocator target)
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

    public static async Task TypeAsync(IPage page, ILocator field, string text)
    {
        await TabToAsync(page, field);
        await page.Keyboard.TypeAsync(text);
    }

    public static async Task PressAsync(IPage page, ILocator target, string key)
    {
        await TabToAsync(page, target);
        await page.Keyboard.PressAsync(key);
    }

    /// <summary>Signs in from the sign-in form, keyboard only.</summary>
    public static async Task LogInAsync(IPage page, TestAgency agency, string email, string password)
    {
        await page.GotoAsync(agency.Url("compte/connexion"));
        await TypeAsync(page, page.GetByLabel("Adresse e-mail"), email);
        await TypeAsync(page, page.GetByLabel("Mot de passe", new() { Exact = true }), password);
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }), "Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
    }
}
