using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Users.Security;

namespace Ngp.Users.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.Authentication)]
public sealed class SignInModel(PasswordSignIn passwords, SignInManager<NgpUser> signIn, AccountThrottle throttle, ITenantContext tenantContext, ReturnUrls returnUrls) : PageModel
{
    public const string LockedOut = PasswordSignIn.LockedOut + " Vous pouvez aussi réinitialiser votre mot de passe.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        if (!await throttle.TryAcquireAsync(tenantContext.Tenant.Name, Input.Email, ct))
        {
            ModelState.AddModelError(string.Empty, AccountThrottle.Message);
            return Page();
        }
        var (outcome, user) = await passwords.CheckAsync(Input.Email, Input.Password, ct);
        if (outcome != SignInOutcome.Succeeded)
        {
            ModelState.AddModelError(string.Empty, outcome == SignInOutcome.LockedOut ? LockedOut : PasswordSignIn.WrongCredentials);
            return Page();
        }
        // What PasswordSignInAsync does once the password is checked (the site has no second factor).
        await signIn.SignInAsync(user!, Input.RememberMe, authenticationMethod: "pwd");
        return LocalRedirect(returnUrls.FromSiteRoot(Request, ReturnUrl, Url.Content("~/compte")));
    }
}
