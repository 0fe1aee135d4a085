using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Ngp.Notifications.Pages.Account;

/// <summary>The person's choice: immediately, a daily digest (the default), a weekly digest, or never.</summary>
[Authorize]
public sealed class NotificationPreferencesModel(NotificationPreferences preferences, IStringLocalizer<NotificationsText> t) : PageModel
{
    [BindProperty]
    public string? Frequency { get; set; }

    public bool Unsubscribed { get; private set; }

    public IReadOnlyList<(string Value, string Label)> Choices =>
    [
        ("immediate", t["Tout de suite, un e-mail par événement"].Value),
        ("daily", t["Un résumé par jour (recommandé)"].Value),
        ("weekly", t["Un résumé par semaine"].Value),
        ("none", t["Jamais : je consulte les notifications sur le site"].Value),
    ];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await preferences.GetAsync(UserId, ct);
        Frequency = settings.Frequency;
        Unsubscribed = settings.Unsubscribed;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await preferences.SetAsync(UserId, Frequency, CultureInfo.CurrentUICulture.Name, ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError(nameof(Frequency), t[result.Message!].Value);
            Frequency = (await preferences.GetAsync(UserId, ct)).Frequency;
            return Page();
        }
        TempData["Message"] = t["Votre choix est enregistré."].Value;
        return RedirectToPage();
    }
}
