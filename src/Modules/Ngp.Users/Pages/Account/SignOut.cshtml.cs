using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Data;

namespace Ngp.Users.Pages.Account;

/// <summary>Logging out is a POST (with antiforgery), so a link on another site cannot log anyone out.</summary>
public sealed class SignOutModel(SignInManager<NgpUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect(Url.Content("~/"));

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = "Vous êtes déconnecté(e).";
        return LocalRedirect(Url.Content("~/"));
    }
}
