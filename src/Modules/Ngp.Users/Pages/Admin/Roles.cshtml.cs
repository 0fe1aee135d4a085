using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Pages.Admin;

/// <summary>The grants of each role; administrators hold every permission and are not listed.</summary>
[Authorize(Policy = "permission:ManageRoles")]
public sealed class RolesModel(RoleManager<NgpRole> roles, NgpDbContext db, ModuleCatalog modules, ITenantContext tenantContext) : PageModel
{
    public IReadOnlyList<string> EditableRoles { get; } = NgpRoles.All.Where(r => r != NgpRoles.Administrator).ToList();

    public IReadOnlyList<Permission> Permissions { get; private set; } = [];

    public HashSet<(string Role, string Permission)> Granted { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var wanted = Request.Form["grant"].Select(v => v!.Split('|')).Where(p => p.Length == 2)
            .Select(p => (Role: p[0], Permission: p[1]))
            .Where(g => EditableRoles.Contains(g.Role) && Permissions.Any(p => p.Name == g.Permission))
            .ToHashSet();
        foreach (var roleName in EditableRoles)
        {
            var role = await roles.FindByNameAsync(roleName);
            if (role is null)
                continue;
            foreach (var permission in Permissions)
            {
                var has = Granted.Contains((roleName, permission.Name));
                var want = wanted.Contains((roleName, permission.Name));
                if (want && !has)
                    await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission.Name));
                else if (!want && has)
                    await roles.RemoveClaimAsync(role, new Claim(Permission.ClaimType, permission.Name));
            }
        }
        Message = "Les permissions des rôles sont enregistrées ; elles s'appliquent dès la prochaine page.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Permissions = modules.Permissions
            .Where(p => tenantContext.Tenant.IsHeadOffice || p.Name != "ManageTenants")
            .OrderBy(p => p.Category, StringComparer.CurrentCulture).ThenBy(p => p.Description, StringComparer.CurrentCulture)
            .ToList();
        Granted = (await db.RoleClaims.Where(c => c.ClaimType == Permission.ClaimType)
                .Join(db.Roles, c => c.RoleId, r => r.Id, (c, r) => new { Role = r.Name!, Permission = c.ClaimValue! })
                .ToListAsync(ct))
            .Select(g => (g.Role, g.Permission)).ToHashSet();
    }
}
