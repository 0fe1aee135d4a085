using Ngp.Core.Web;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Users.Accounts;
using Ngp.Users.Security;

namespace Ngp.Users.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.Authentication)]
public sealed class ForgotPasswordModel(UserManager<NgpUser> users, AccountEmails emails, AccountThrottle throttle, ITenantContext tenantContext, SiteLinks links) : PageModel
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
        if (!await throttle.TryAcquireAsync(tenantContext.Tenant.Name, Email, ct))
            return Page();
        var address = Email!.Trim();
        var user = await users.FindByEmailAsync(address);
        // Both cases queue an e-mail in the same way: the answer and its delay are alike; only the mailbox knows.
        if (user is null)
        {
            await emails.SendNoAccountAsync(address, AccountLinks.Of(links), ct);
            return Page();
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.FromAppPath(Url.Page("/Account/ResetPassword", pageHandler: null, values: new { email = user.Email, token })!);
        await emails.SendResetLinkAsync(user.Email!, link, ct);
        return Page();
    }
}
