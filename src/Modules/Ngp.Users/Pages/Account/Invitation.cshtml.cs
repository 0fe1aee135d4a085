using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Data;
using Ngp.Users.Accounts;
using Ngp.Users.Leases;

namespace Ngp.Users.Pages.Account;

public sealed class InvitationModel(Invitations invitations, SignInManager<NgpUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Le mot de passe est obligatoire.")]
    [Display(Name = "Mot de passe")]
    public string? Password { get; set; }

    public Invitation? Invitation { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Invitation = await invitations.FindValidAsync(Token, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Invitation = await invitations.FindValidAsync(Token, ct);
        if (!ModelState.IsValid)
            return Page();
        var result = await invitations.AcceptAsync(Token, Password, ct);
        if (!result.IsOk)
        {
            foreach (var (field, messages) in result.Errors)
                foreach (var message in messages)
                    ModelState.AddModelError(field == "password" ? nameof(Password) : string.Empty, message);
            if (result.Errors.Count == 0)
                ModelState.AddModelError(string.Empty, result.Message!);
            return Page();
        }
        await signIn.SignInAsync(result.Value, isPersistent: false);
        TempData["Message"] = "Bienvenue ! Votre compte est créé.";
        return LocalRedirect(Url.Content("~/compte"));
    }
}
