using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Recipes;
using Ngp.Tenants.Setup;

namespace Ngp.Tenants.Pages.Admin;

[Authorize(Policy = "permission:ManageTenants")]
public sealed class AgenciesModel(TenantRegistry registry, TenantSetup setup, RecipeCatalog recipes, ITenantContext tenantContext, TenantPublicAddresses addresses) : PageModel
{
    public IReadOnlyList<TenantDescriptor> Tenants => registry.All;

    public IReadOnlyList<Recipe> Recipes { get; private set; } = [];

    [BindProperty]
    public NewTenantInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? AddressError { get; set; }

    /// <summary>Where the links of this tenant's e-mails lead, or null when no public address says it.</summary>
    public string? PublicRoot(TenantDescriptor tenant) =>
        addresses.PublicRoot(tenant) ?? tenant.HostNameRoot;

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (!tenantContext.Tenant.IsHeadOffice)
            context.Result = NotFound();
        Recipes = recipes.List().Where(r => r.Name != "demo").ToList();
    }

    public async Task OnGetAsync(CancellationToken ct) => await registry.ReloadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var result = await setup.CreateAsync(new CreateTenantRequest
        {
            Name = Input.Name,
            DisplayName = Input.DisplayName,
            UrlPrefix = Input.UrlPrefix,
            HostNames = (Input.HostNames ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries),
            PublicAddress = Input.PublicAddress,
            Recipe = Input.Recipe,
            AdminEmail = Input.AdminEmail,
            AdminPassword = Input.AdminPassword,
        }, ct);
        if (!result.IsOk)
        {
            ModelState.AddResult(result, nameof(Input));
            if (result.Errors.Count > 0)
                ModelState.AddModelError(string.Empty, result.Message!);
            return Page();
        }
        Message = $"L'agence « {result.Value.DisplayName} » est créée et ouverte à l'adresse {result.Value.PathBase}/.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddressAsync(string name, string? publicAddress, CancellationToken ct)
    {
        var result = await setup.SetPublicAddressAsync(name, publicAddress, ct);
        if (!result.IsOk)
            AddressError = result.Message;
        else
            Message = result.Value.PublicAddress is { } address
                ? $"Les liens des e-mails de « {result.Value.DisplayName} » mènent désormais à {address}/."
                : $"« {result.Value.DisplayName} » suit désormais l'adresse du siège.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostDisableAsync(string name, CancellationToken ct) =>
        ChangeAsync(setup.DisableAsync(name, ct), "est désactivée : son site est fermé au public.");

    public Task<IActionResult> OnPostEnableAsync(string name, CancellationToken ct) =>
        ChangeAsync(setup.EnableAsync(name, ct), "est réactivée.");

    private async Task<IActionResult> ChangeAsync(Task<Result<TenantDescriptor>> change, string done)
    {
        var result = await change;
        Message = result.IsOk ? $"L'agence « {result.Value.DisplayName} » {done}" : result.Message;
        return RedirectToPage();
    }
}
