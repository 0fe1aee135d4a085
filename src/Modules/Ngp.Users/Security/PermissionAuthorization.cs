using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}

/// <summary>Builds the policy <c>permission:Name</c> on demand for any permission a module declares.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    private const string Prefix = "permission:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Prefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[Prefix.Length..]))
            .Build();
    }
}

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

public sealed class PermissionHandler(UserPermissions permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.HasAsync(context.User, requirement.Permission))
            context.Succeed(requirement);
    }
}

/// <summary>The default "signed in" requirement also demands that the principal belongs to the current tenant.</summary>
public sealed class TenantMemberRequirement : IAuthorizationRequirement;

public sealed class TenantMemberHandler(UserPermissions permissions) : AuthorizationHandler<TenantMemberRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantMemberRequirement requirement)
    {
        if (permissions.BelongsToTenant(context.User))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
