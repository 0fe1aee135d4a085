using Microsoft.AspNetCore.DataProtection;
using Ngp.Core.Data;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>
/// Bearer tokens for the JSON API: the user's id and security stamp, protected with a purpose that names the
/// tenant, so a token of one agency cannot even be read by another; a password change revokes them.
/// </summary>
public sealed class ApiTokens(IDataProtectionProvider protection, ITenantContext tenantContext, TimeProvider clock, ApiTokenReads reads)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private IDataProtector Protector => protection.CreateProtector("Ngp.ApiToken.v1", tenantContext.Tenant.Name);

    public ApiToken Issue(NgpUser user)
    {
        var expires = clock.GetUtcNow().Add(Lifetime);
        var token = Protector.Protect($"{user.Id}\n{user.SecurityStamp}", expires);
        return new ApiToken(token, expires);
    }

    /// <summary>The user id and security stamp inside a valid, unexpired token of this tenant.</summary>
    public (string UserId, string Stamp)? Read(string token)
    {
        var tenant = tenantContext.Tenant;
        var now = clock.GetUtcNow();
        if (reads.TryGet(tenant, token) is { } known)
            return known.ExpiresUtc <= now ? null : (known.UserId, known.Stamp);
        if (!Protector.TryUnprotect(token, now, out var payload, out var expiration))
            return null;
        var parts = payload.Split('\n');
        if (parts.Length != 2)
            return null;
        reads.Keep(tenant, token, new ApiTokenReads.Content(parts[0], parts[1], expiration), now);
        return (parts[0], parts[1]);
    }
}
