using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Web;
using Ngp.Meetings.Handlers;

namespace Ngp.Meetings.Pages.Meetings;

/// <summary>The registration form of a meeting page posts here: register or cancel, then back to the meeting.</summary>
[Authorize]
public sealed class MeetingRegistrationModel(RegisterToMeeting register, CancelRegistration cancel, ReturnUrls returnUrls) : PageModel
{
    public string? Error { get; private set; }

    public string BackUrl { get; private set; } = "~/reunions";

    public IActionResult OnGet() => LocalRedirect("~/reunions");

    public async Task<IActionResult> OnPostAsync(string? meetingId, string? intent, string? returnUrl, CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        // The meeting page sends its path within the agency (without the agency's prefix).
        BackUrl = returnUrls.FromTenantRoot(Request, returnUrl, Url.Content("~/reunions"));
        if (string.IsNullOrWhiteSpace(meetingId) || intent is not ("register" or "cancel"))
        {
            Error = "Demande incomplète : revenez à la réunion et réessayez.";
            return Page();
        }
        var result = intent == "register"
            ? await register.HandleAsync(meetingId, userId, ct)
            : await cancel.HandleAsync(meetingId, userId, ct);
        if (!result.IsOk)
        {
            Error = result.Message;
            return Page();
        }
        return LocalRedirect(BackUrl + "#inscription");
    }
}
