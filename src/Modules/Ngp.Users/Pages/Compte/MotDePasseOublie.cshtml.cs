using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ngp.Core.Data;
using Ngp.Core.Mail;
using Ngp.Core.Tenancy;
using Ngp.Users.Security;

namespace Ngp.Users.Pages.Compte;

[EnableRateLimiting(RateLimitPolicies.Authentication)]
public sealed class MotDePasseOublieModel(UserManager<NgpUser> users, IEmailSender mail, AccountThrottle throttle, ITenantContext tenantContext) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "L'adresse e-mail est obligatoire.")]
    [EmailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [Display(Name = "Adresse e-mail")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        // The answer is the same whether the account exists or not, so the form cannot be used to find accounts.
        Sent = true;
        if (!throttle.TryAcquire(tenantContext.Tenant.Name, Email))
            return Page();
        var user = await users.FindByEmailAsync(Email!.Trim());
        if (user is null)
            return Page();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Url.Page("/Compte/Reinitialiser", pageHandler: null, values: new { email = user.Email, token }, protocol: Request.Scheme)!;
        var site = tenantContext.Tenant.DisplayName;
        await mail.SendAsync(
            user.Email!,
            $"Réinitialiser votre mot de passe — {site}",
            $"<p>Bonjour,</p><p>Pour choisir un nouveau mot de passe sur {WebUtility.HtmlEncode(site)}, suivez ce lien : <a href=\"{WebUtility.HtmlEncode(link)}\">nouveau mot de passe</a>.</p><p>Si vous n'avez rien demandé, ignorez ce message.</p>",
            $"Bonjour,\n\nPour choisir un nouveau mot de passe sur {site}, suivez ce lien : {link}\n\nSi vous n'avez rien demandé, ignorez ce message.\n",
            ct);
        return Page();
    }
}
