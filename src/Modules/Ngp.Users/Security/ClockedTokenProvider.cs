using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Ngp.Core.Data;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>
/// Identity's one-time tokens (password reset links): the user, the purpose and the security stamp, protected under a
/// purpose naming the tenant and valid for <see cref="Lifetime"/> by the injected clock. Identity's own provider reads
/// the system clock; a changed password (new stamp) revokes every token, as before.
/// </summary>
public sealed class ClockedTokenProvider(IDataProtectionProvider protection, ITenantContext tenantContext, TimeProvider clock) : IUserTwoFactorTokenProvider<NgpUser>
{
    public const string Name = "NgpClocked";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private IDataProtector Protector => protection.CreateProtector("Ngp.Users.Token.v1", tenantContext.Tenant.Name);

    public async Task<string> GenerateAsync(string purpose, UserManager<NgpUser> manager, NgpUser user)
    {
        var payload = string.Join('\n', await manager.GetUserIdAsync(user), purpose, await StampAsync(manager, user));
        return Protector.Protect(payload, clock.GetUtcNow().Add(Lifetime));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<NgpUser> manager, NgpUser user)
    {
        if (!Protector.TryUnprotect(token, clock.GetUtcNow(), out var payload, out _))
            return false;
        var parts = payload.Split('\n');
        return parts.Length == 3
            && parts[0] == await manager.GetUserIdAsync(user)
            && parts[1] == purpose
            && parts[2] == await StampAsync(manager, user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<NgpUser> manager, NgpUser user) => Task.FromResult(false);

    private static async Task<string> StampAsync(UserManager<NgpUser> manager, NgpUser user) =>
        manager.SupportsUserSecurityStamp ? await manager.GetSecurityStampAsync(user) : "";
}
