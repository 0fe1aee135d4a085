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

public sealed record ApiToken(string Token, DateTimeOffset ExpiresUtc);

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

/// <summary>
/// What valid tokens hold, kept a minute per tenant and token: unprotecting a token (key derivation, MAC, decryption)
/// was a twentieth of a vote's cost, paid again at each request of a client. Only tokens that unprotected in their own
/// tenant are kept, their expiry is checked at each use, and what revokes them (the security stamp) is checked by
/// <see cref="BearerTokenHandler"/> at each request all the same.
/// </summary>
public sealed class ApiTokenReads : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public sealed record Content(string UserId, string Stamp, DateTimeOffset ExpiresUtc);

    private readonly MemoryCache _reads = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    public Content? TryGet(TenantDescriptor tenant, string token) =>
        _reads.TryGetValue((tenant.Name, tenant.CreatedUtc, token), out Content? content) ? content : null;

    public void Keep(TenantDescriptor tenant, string token, Content content, DateTimeOffset now)
    {
        var left = content.ExpiresUtc - now;
        if (left <= TimeSpan.Zero)
            return;
        _reads.Set((tenant.Name, tenant.CreatedUtc, token), content, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = left < Lifetime ? left : Lifetime });
    }

    public void Dispose() => _reads.Dispose();
}

/// <summary>
/// Authenticates API requests by their bearer token. The database, the user manager and the claims factory are asked
/// for only when what is kept (<see cref="BearerUserStates"/>, <see cref="BearerPrincipals"/>) does not answer: making
/// them for every request was 6 % of a vote's cost.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    BearerPrincipals cache,
    BearerUserStates states,
    AuthenticatedUserLease authenticatedLease,
    ITenantContext tenantContext,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "NgpBearer";

    private sealed record TokenUserState(string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd, string? LeaseReference, string? Building);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        if (tokens.Read(header["Bearer ".Length..].Trim()) is not { } content)
            return AuthenticateResult.Fail("Invalid or expired token.");
        var tenant = tenantContext.Tenant;
        if (!states.TryGet(tenant, content.UserId, out var state))
        {
            var generation = states.Generation;
            // Only the columns that can revoke the token, with the user's lease in the same round trip (votes and
            // comments need it); the whole user only to build its claims.
            var db = Context.RequestServices.GetRequiredService<NgpDbContext>();
            var read = await (
                    from u in db.Users.AsNoTracking()
                    where u.Id == content.UserId
                    join h in db.Set<LeaseHolder>() on u.Id equals h.UserId into holders
                    from h in holders.DefaultIfEmpty()
                    select new TokenUserState(u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd, h == null ? null : h.Lease!.Reference, h == null ? null : h.Lease!.Building))
                .SingleOrDefaultAsync(Context.RequestAborted);
            if (read is null)
                return AuthenticateResult.Fail("Token revoked.");
            state = new BearerUserState(read.SecurityStamp, read.LockoutEnabled, read.LockoutEnd, read.LeaseReference is null ? null : new UserLease(read.LeaseReference, read.Building!));
            states.Keep(generation, tenant, content.UserId, state);
        }
        if (state!.SecurityStamp != content.Stamp || state.LockoutEnabled && state.LockoutEnd >= clock.GetUtcNow())
            return AuthenticateResult.Fail("Token revoked.");
        authenticatedLease.Remember(content.UserId, state.Lease);
        var principal = await cache.GetOrCreateAsync(tenant.Name, content.UserId, content.Stamp, async () =>
            await Context.RequestServices.GetRequiredService<UserManager<NgpUser>>().FindByIdAsync(content.UserId) is { } user
                ? await Context.RequestServices.GetRequiredService<IUserClaimsPrincipalFactory<NgpUser>>().CreateAsync(user)
                : null);
        if (principal is null)
            return AuthenticateResult.Fail("Token revoked.");
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(title: "Jeton absent, invalide ou expiré : demandez-en un nouveau (POST api/v1/auth/token).", statusCode: StatusCodes.Status401Unauthorized)
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Results.Problem(title: "Vous n'avez pas la permission d'accéder à cette ressource.", statusCode: StatusCodes.Status403Forbidden)
            .ExecuteAsync(Context);
    }
}

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

/// <summary>
/// The claims of a bearer token's user, kept for <see cref="Lifetime"/>. Building them reads the user's roles,
/// the roles' claims and the user's claims (four queries, a twelfth of a vote's cost); an API client sends many
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
