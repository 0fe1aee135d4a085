using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Users.Accounts;
using Ngp.Users.Leases;

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
