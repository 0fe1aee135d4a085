using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ngp.Core.Results;

namespace Ngp.Notifications.Pages.Notifications;

/// <summary>
/// The link of every e-mail. Opening it asks for one click (mail scanners open links; they must not unsubscribe
/// anyone); the POST, from this page or from the mail client's one-click button (RFC 8058), unsubscribes. The
/// signed token is the proof, so no sign-in and no antiforgery token are needed.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(NotificationPreferences preferences, IStringLocalizer<NotificationsText> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Jeton { get; set; }

    public string? Outcome { get; private set; }

    public bool Done { get; private set; }

    public bool CanConfirm { get; private set; }

    public IActionResult OnGet()
    {
        CanConfirm = preferences.IsValidLink(Jeton);
        if (!CanConfirm)
        {
            Outcome = t["Ce lien de désabonnement n'est pas valide."].Value;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await preferences.UnsubscribeAsync(Jeton, ct);
        if (result.IsOk)
        {
            Done = true;
            Outcome = t["C'est fait : vous ne recevrez plus d'e-mails de notification."].Value;
            return Page();
        }
        Outcome = t[result.Message!].Value;
        Response.StatusCode = result.Status == ResultStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
