using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Setup;

namespace Ngp.Tenants.Pages.Admin;

/// <summary>Removal deletes an agency's database and files for good, so it asks the agency's name back first.</summary>
[Authorize(Policy = "permission:ManageTenants")]
public sealed class RemoveAgencyModel(TenantRegistry registry, TenantSetup setup, ITenantContext tenantContext) : PageModel
{
    public TenantDescriptor? Target { get; private set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public IActionResult OnGet(string name)
    {
        Target = registry.Find(name);
        return tenantContext.Tenant.IsHeadOffice && Target is { IsHeadOffice: false } ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken ct)
    {
        Target = registry.Find(name);
        if (!tenantContext.Tenant.IsHeadOffice || Target is null || Target.IsHeadOffice)
            return NotFound();
        if (!string.Equals(Confirmation?.Trim(), Target.Name, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Confirmation), $"Recopiez exactement le nom technique « {Target.Name} » pour confirmer.");
            return Page();
        }
        var result = await setup.RemoveAsync(name, ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError(string.Empty, result.Message!);
            return Page();
        }
        TempData["Message"] = $"L'agence « {Target.DisplayName} » est supprimée, avec sa base de données et ses fichiers.";
        return RedirectToPage("/Admin/Agencies");
    }
}
