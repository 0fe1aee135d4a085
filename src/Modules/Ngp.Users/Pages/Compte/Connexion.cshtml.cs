using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Users.Security;

namespace Ngp.Users.Pages.Compte;

[EnableRateLimiting(RateLimitPolicies.Authentication)]
public sealed class ConnexionModel(SignInManager<NgpUser> signIn, AccountThrottle throttle, ITenantContext tenantContext) : PageModel
{
    public const string WrongCredentials = "Adresse e-mail ou mot de passe incorrect.";
    public const string LockedOut = "Ce compte est verrouillé pendant 15 minutes après 5 essais manqués. Vous pouvez aussi réinitialiser votre mot de passe.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        if (!throttle.TryAcquire(tenantContext.Tenant.Name, Input.Email))
        {
            ModelState.AddModelError(string.Empty, AccountThrottle.Message);
            return Page();
        }
        var user = await signIn.UserManager.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, WrongCredentials);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, LockedOut);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, WrongCredentials);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Content("~/compte"));
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "L'adresse e-mail est obligatoire.")]
    [Display(Name = "Adresse e-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Le mot de passe est obligatoire.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mot de passe")]
    public string? Password { get; set; }

    [Display(Name = "Rester connecté(e) sur cet appareil")]
    public bool RememberMe { get; set; }
}
