using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Users.Accounts;
using Ngp.Users.Security;

namespace Ngp.Users.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.Authentication)]
public sealed class RegisterModel(ResidentRegistration registration, AccountThrottle throttle, ITenantContext tenantContext, SiteLinks links) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>Residents register on their agency: the head office sends them to « Trouver mon agence », which comes back with <paramref name="bail"/>.</summary>
    public IActionResult OnGet(string? bail)
    {
        if (tenantContext.Tenant.IsHeadOffice)
            return LocalRedirect(Url.Content("~/compte/trouver-mon-agence"));
        if (bail is { Length: > 0 and <= 40 })
            Input.LeaseReference = bail;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (tenantContext.Tenant.IsHeadOffice)
            return LocalRedirect(Url.Content("~/compte/trouver-mon-agence"));
        if (!ModelState.IsValid)
            return Page();
        if (!await throttle.TryAcquireAsync(tenantContext.Tenant.Name, Input.Email, ct))
        {
            ModelState.AddModelError(string.Empty, AccountThrottle.Message);
            return Page();
        }
        var result = await registration.HandleAsync(Input.Email, Input.Password, Input.LeaseReference, AccountLinks.Of(links), ct);
        if (!result.IsOk)
        {
            ModelState.AddResult(result, nameof(Input));
            return Page();
        }
        // Not signed in here: a new account and an address that already had one must get the same answer.
        TempData["Message"] = ResidentRegistration.Done;
        return LocalRedirect(Url.Content("~/compte/connexion"));
    }
}
