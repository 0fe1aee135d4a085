using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>Adds the tenant to every principal, so that a cookie or token is only honoured where it was issued.</summary>
public sealed class NgpClaimsPrincipalFactory(
    UserManager<NgpUser> users,
    RoleManager<NgpRole> roles,
    IOptions<IdentityOptions> options,
    ITenantContext tenantContext)
    : UserClaimsPrincipalFactory<NgpUser, NgpRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(NgpUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Ngp.Core.Security.NgpClaims.Tenant, tenantContext.Tenant.Name));
        return identity;
    }
}
