using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace Ngp.Users.Security;

/// <summary>
/// The claims of a bearer token's user, kept for <see cref="Lifetime"/>. Building them reads the user's roles,
/// the roles' claims and the user's claims (four queries, docs/decisions/0010); an API client sends many
/// requests in a row. The columns that revoke a token are checked on every request (<see cref="BearerUserStates"/>),
/// so a revoked token (new security stamp) or a locked-out account is refused; a role change shows within
/// <see cref="Lifetime"/>, as it does for a cookie within its revalidation interval.
/// </summary>
public sealed class BearerPrincipals : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _principals = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    /// <summary>The principal of the user with this security stamp; null when <paramref name="create"/> finds no such user.</summary>
    public async Task<ClaimsPrincipal?> GetOrCreateAsync(string tenant, string userId, string securityStamp, Func<Task<ClaimsPrincipal?>> create)
    {
        var key = (tenant, userId, securityStamp);
        // A copy for each request: what a request adds to its principal never reaches the next one.
        if (_principals.TryGetValue(key, out ClaimsPrincipal? cached) && cached is not null)
            return cached.Clone();
        if (await create() is not { } principal)
            return null;
        _principals.Set(key, principal.Clone(), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return principal;
    }

    public void Dispose() => _principals.Dispose();
}
