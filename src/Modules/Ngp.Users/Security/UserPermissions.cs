using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>
/// The permissions of a signed-in user, read from the database (roles and their grants) once per request, so an
/// administrator's change applies at the next request, not at the next login.
/// </summary>
public sealed class UserPermissions(NgpDbContext db, ITenantContext tenantContext)
{
    private HashSet<string>? _granted;
    private bool _isAdministrator;

    public async Task<bool> HasAsync(ClaimsPrincipal principal, string permission, CancellationToken ct = default)
    {
        if (!BelongsToTenant(principal))
            return false;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
            return false;
        if (_granted is null)
        {
            var roleIds = db.UserRoles.Where(ur => ur.UserId == userId).Select(ur => ur.RoleId);
            _isAdministrator = await db.Roles.AnyAsync(r => roleIds.Contains(r.Id) && r.Name == NgpRoles.Administrator, ct);
            _granted = (await db.RoleClaims
                .Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == Permission.ClaimType)
                .Select(c => c.ClaimValue!)
                .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        }
        return _isAdministrator || _granted.Contains(permission);
    }

    public bool BelongsToTenant(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
        && tenantContext.HasTenant
        && principal.FindFirstValue(NgpClaims.Tenant) == tenantContext.Tenant.Name;
}
