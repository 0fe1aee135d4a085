using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Data;

namespace Ngp.Users.Pages.Account;

public sealed class ResetPasswordModel(UserManager<NgpUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Le mot de passe est obligatoire.")]
    [Display(Name = "Nouveau mot de passe")]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var user = Email is null ? null : await users.FindByEmailAsync(Email);
        if (user is null || Token is null)
        {
            ModelState.AddModelError(string.Empty, "Ce lien n'est plus valable : demandez-en un nouveau.");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Token, Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : string.Empty, error.Description);
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        TempData["Message"] = "Votre mot de passe a été changé : connectez-vous.";
        return LocalRedirect(Url.Content("~/compte/connexion"));
    }
}
