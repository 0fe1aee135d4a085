using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Users.Accounts;
using Ngp.Users.Leases;
using Ngp.Users.Security;

namespace Ngp.Users.Api;

public static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Comptes");

        api.MapPost("auth/token", async (TokenRequest request, PasswordSignIn passwords, ApiTokens tokens, AccountThrottle throttle, ITenantContext tenantContext, CancellationToken ct) =>
        {
            if (!await throttle.TryAcquireAsync(tenantContext.Tenant.Name, request.Email, ct))
                return ApiResults.Problem(StatusCodes.Status429TooManyRequests, AccountThrottle.Message);
            var (outcome, user) = await passwords.CheckAsync(request.Email, request.Password, ct);
            if (outcome == SignInOutcome.LockedOut)
                return ApiResults.Problem(StatusCodes.Status423Locked, PasswordSignIn.LockedOut);
            if (outcome != SignInOutcome.Succeeded)
                return ApiResults.Problem(StatusCodes.Status401Unauthorized, PasswordSignIn.WrongCredentials);
            var token = tokens.Issue(user!);
            return Results.Ok(new { token = token.Token, expiresUtc = token.ExpiresUtc });
        }).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Authentication)
          .WithSummary("Échange une adresse e-mail et un mot de passe contre un jeton d'accès (Bearer).");

        api.MapGet("me", async (ClaimsPrincipal principal, UserManager<NgpUser> users, ITenantContext tenantContext) =>
        {
            var user = await users.GetUserAsync(principal);
            if (user is null)
                return Results.Unauthorized();
            var roles = await users.GetRolesAsync(user);
            return Results.Ok(new MeDto(user.Email!, roles.Order(StringComparer.Ordinal).ToList(), tenantContext.Tenant.Name));
        }).RequireAuthorization().WithSummary("La personne connectée : e-mail, rôles, agence.");

        api.MapPost("account/register", async (RegisterRequest request, ResidentRegistration registration, AccountThrottle throttle, ITenantContext tenantContext, SiteLinks links, CancellationToken ct) =>
        {
            if (!await throttle.TryAcquireAsync(tenantContext.Tenant.Name, request.Email, ct))
                return ApiResults.Problem(StatusCodes.Status429TooManyRequests, AccountThrottle.Message);
            if (string.IsNullOrWhiteSpace(request.LeaseReference))
                return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, "Indiquez votre référence de bail pour créer un compte locataire.", "leaseReference", "La référence de bail est obligatoire.");
            var result = await registration.HandleAsync(request.Email, request.Password, request.LeaseReference, AccountLinks.Of(links), ct);
            // The same answer whether the address was free or already had an account (then mailed): nothing to tell them apart.
            return result.IsOk
                ? Results.Created("api/v1/me", new RegistrationDto(request.Email!.Trim(), [NgpRoles.Resident], ResidentRegistration.Done))
                : ApiResults.Problem(result);
        }).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Authentication)
          .WithSummary("Inscription d'un locataire, vérifiée par sa référence de bail.");

        api.MapPost("leases", async (HttpRequest request, LeaseImport import, CancellationToken ct) =>
        {
            if (request.ContentType is null || !request.ContentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
                return ApiResults.Problem(StatusCodes.Status415UnsupportedMediaType, "Envoyez la liste des baux en CSV (Content-Type: text/csv).");
            using var reader = new StreamReader(request.Body);
            var csv = await reader.ReadToEndAsync(ct);
            return ApiResults.From(await import.ImportCsvAsync(csv, ct), report => Results.Ok(new
            {
                imported = report.Imported,
                updated = report.Updated,
                refused = report.Refused.Select(r => new { line = r.Line, leaseReference = r.LeaseReference, reason = r.Reason }),
            }));
        }).RequirePermission(UserPermissionNames.ManageLeases).WithBodyLimit(20_000_000, "Le fichier dépasse 20 Mo.")
          .WithSummary("Importe la liste des baux (CSV : leaseReference,building,postcode).");

        api.MapPost("users", async (CreateUserRequest request, UserProvisioning provisioning, CancellationToken ct) =>
        {
            var roles = request.Roles ?? [];
            var result = await provisioning.CreateAsync(new NewUser(request.Email, request.Password, roles, request.LeaseReference, null), ct);
            return ApiResults.From(result, u => Results.Created($"api/v1/users/{u.Id}", new UserDto(u.Id, u.Email!, roles)));
        }).RequirePermission(UserPermissionNames.ManageUsers).WithSummary("Crée un compte avec ses rôles (et un bail, facultatif).");
    }
}
