using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ngp.Core.Tenancy;
using Ngp.Users.Leases;
using Ngp.Users.Security;

namespace Ngp.Users.Pages.Account;

/// <summary>
/// The head office's « Créer un compte »: a lease reference or a postcode finds the agency where the resident
/// registers. Limited like the login form, so that guessing references one after the other is slow.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Authentication)]
public sealed class FindMyAgencyModel(LeaseDirectory directory, ITenantContext tenantContext) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Indiquez votre référence de bail ou votre code postal.")]
    [StringLength(40, ErrorMessage = "La référence de bail ne dépasse pas 40 caractères.")]
    [Display(Name = "Référence de bail ou code postal")]
    public string? Search { get; set; }

    public bool Searched { get; private set; }

    public IReadOnlyList<TenantDescriptor> Found { get; private set; } = [];

    public IReadOnlyList<TenantDescriptor> All => directory.Agencies;

    public IActionResult OnGet() => tenantContext.Tenant.IsHeadOffice ? Page() : LocalRedirect(Url.Content("~/compte/inscription"));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!tenantContext.Tenant.IsHeadOffice)
            return LocalRedirect(Url.Content("~/compte/inscription"));
        if (!ModelState.IsValid)
            return Page();
        Searched = true;
        Found = await directory.AgenciesHoldingAsync(Search!, ct);
        return Found.Count == 1 ? Redirect(RegistrationUrl(Found[0])) : Page();
    }

    /// <summary>The agency's registration form, with the lease reference already typed when one was given.</summary>
    public string RegistrationUrl(TenantDescriptor agency)
    {
        var query = Searched && Search is { } value && !LeaseDirectory.IsPostcode(value.Trim())
            ? QueryString.Create("bail", Lease.Normalize(value))
            : QueryString.Empty;
        return agency.LinkFromAnotherSite("compte/inscription" + query);
    }
}
