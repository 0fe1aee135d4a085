using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Users.Accounts;
using Ngp.Users.Leases;

namespace Ngp.Users.Pages.Account;

[Authorize]
public sealed class IndexModel(UserManager<NgpUser> users, SignInManager<NgpUser> signIn, NgpDbContext db, PersonalData personalData, ChangeDisplayName changeDisplayName, IUserDirectory directory, ITenantContext tenantContext) : PageModel
{
    public NgpUser Account { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    public string? LeaseReference { get; private set; }

    public string? Building { get; private set; }

    [BindProperty]
    public string? DeletePassword { get; set; }

    /// <summary>The name others read on the person's comments now (the chosen one, or the default).</summary>
    public string ShownName { get; private set; } = "";

    /// <summary>The name the site gives when the person chooses none.</summary>
    public string DefaultName { get; private set; } = "";

    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Nom affiché")]
    public string? DisplayName { get; set; }

    [BindProperty]
    public ChangePasswordInput PasswordInput { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Challenge();

    /// <summary>Everything the site keeps about the person, as a JSON file they can take away.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var data = await personalData.ExportAsync(user, ct);
        var json = JsonSerializer.SerializeToUtf8Bytes(data, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
        return File(json, "application/json", "mes-donnees-ngp.json");
    }

    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return Challenge();
        ModelState.Remove(nameof(DeletePassword));
        ModelState.Remove(nameof(DisplayName));
        if (!ModelState.IsValid)
            return Page();
        var result = await users.ChangePasswordAsync(Account, PasswordInput.CurrentPassword!, PasswordInput.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "PasswordInput.CurrentPassword" : "PasswordInput.NewPassword", error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(Account);
        TempData["Message"] = "Votre mot de passe a été changé. Les jetons d'accès à l'API émis avant ce changement ne sont plus valables.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisplayNameAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct, postedName: true))
            return Challenge();
        ModelState.Clear();
        var result = await changeDisplayName.HandleAsync(Account, DisplayName, ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError(nameof(DisplayName), result.Message!);
            return Page();
        }
        TempData["Message"] = Account.DisplayName is null
            ? "Votre nom affiché est celui proposé par le site."
            : "Votre nom affiché est enregistré.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return Challenge();
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(PasswordInput), StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
        var result = await personalData.DeleteAsync(Account, DeletePassword, ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError(nameof(DeletePassword), result.Message!);
            return Page();
        }
        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/compte/supprime"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct, bool postedName = false)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return false;
        Account = user;
        if (!postedName)
            DisplayName = user.DisplayName;
        ShownName = (await directory.PublicNamesAsync([user.Id], ct))[user.Id];
        Roles = await users.GetRolesAsync(user);
        var lease = await db.Set<LeaseHolder>().Where(h => h.UserId == user.Id).Select(h => h.Lease).SingleOrDefaultAsync(ct);
        LeaseReference = lease?.Reference;
        Building = lease?.Building;
        DefaultName = Ngp.Core.Accounts.PublicName.Of(null, tenantContext.Tenant.DisplayName, isResident: lease is not null);
        return true;
    }
}
