using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Users.Leases;

namespace Ngp.Users.Accounts;

/// <summary>What a person can ask of their own data (GDPR articles 15, 17 and 20): a copy, and erasure.</summary>
public sealed class PersonalData(NgpDbContext db, UserManager<NgpUser> users, ITenantContext tenantContext, TimeProvider clock)
{
    public async Task<object> ExportAsync(NgpUser user, CancellationToken ct)
    {
        var lease = await db.Set<LeaseHolder>().Where(h => h.UserId == user.Id)
            .Select(h => new { reference = h.Lease!.Reference, building = h.Lease.Building, postcode = h.Lease.Postcode, since = h.CreatedUtc })
            .SingleOrDefaultAsync(ct);
        return new
        {
            exportedUtc = clock.GetUtcNow(),
            agency = tenantContext.Tenant.DisplayName,
            account = new
            {
                id = user.Id,
                email = user.Email,
                displayName = user.DisplayName,
                createdUtc = user.CreatedUtc,
                emailConfirmed = user.EmailConfirmed,
                lockoutEndUtc = user.LockoutEnd,
                failedLoginCount = user.AccessFailedCount,
            },
            roles = await users.GetRolesAsync(user),
            lease,
        };
    }

    /// <summary>Deletes the account after checking the password; the lease slot is freed for another household member.</summary>
    public async Task<Result> DeleteAsync(NgpUser user, string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
            return Result.Invalid("Mot de passe incorrect : le compte n'a pas été supprimé.", "password", "Mot de passe incorrect.");
        await db.Set<LeaseHolder>().Where(h => h.UserId == user.Id).ExecuteDeleteAsync(ct);
        var deleted = await users.DeleteAsync(user);
        return deleted.Succeeded ? Result.Success() : Result.Invalid("Le compte n'a pas pu être supprimé.", UserProvisioning.IdentityErrors(deleted));
    }
}
