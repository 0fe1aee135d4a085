using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Users.Accounts;
using Ngp.Users.Leases;

namespace Ngp.Users.Security;

/// <summary>
/// Authenticates API requests by their bearer token. The database, the user manager and the claims factory are asked
/// for only when what is kept (<see cref="BearerUserStates"/>, <see cref="BearerPrincipals"/>) does not answer: most
/// requests of a client need none of them (docs/decisions/0010).
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
