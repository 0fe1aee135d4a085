using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Users.Leases;

namespace Ngp.Users.Accounts;

/// <summary>What a person can ask of their own data (GDPR articles 15, 17 and 20): a copy, and erasure.</summary>
public sealed class PersonalData(
    NgpDbContext db,
    UserManager<NgpUser> users,
    ITenantContext tenantContext,
    TimeProvider clock,
    IOutbox outbox,
    IEnumerable<IPersonalDataContributor> contributors)
{
    /// <summary>
    /// The tables of the account itself, exported here (account, roles, lease) and erased by <see cref="DeleteAsync"/>;
    /// every other table naming a person belongs to a module's <see cref="IPersonalDataContributor"/>.
    /// </summary>
    public static IReadOnlyCollection<Type> AccountEntities =>
    [
        typeof(NgpUser), typeof(IdentityUserRole<string>), typeof(IdentityUserClaim<string>),
        typeof(IdentityUserLogin<string>), typeof(IdentityUserToken<string>), typeof(LeaseHolder),
    ];

    /// <summary>The account's own data, then each module's share (<see cref="IPersonalDataContributor"/>) under its name.</summary>
    public async Task<IReadOnlyDictionary<string, object?>> ExportAsync(NgpUser user, CancellationToken ct)
    {
        var lease = await db.Set<LeaseHolder>().Where(h => h.UserId == user.Id)
            .Select(h => new
            {
                reference = h.Lease!.Reference, building = h.Lease.Building, postcode = h.Lease.Postcode,
                street = h.Lease.Street, city = h.Lease.City, dwelling = h.Lease.Dwelling, since = h.CreatedUtc,
            })
            .SingleOrDefaultAsync(ct);
        var export = new Dictionary<string, object?>
        {
            ["exportedUtc"] = clock.GetUtcNow(),
            ["agency"] = tenantContext.Tenant.DisplayName,
            ["account"] = new
            {
                id = user.Id,
                email = user.Email,
                displayName = user.DisplayName,
                createdUtc = user.CreatedUtc,
                emailConfirmed = user.EmailConfirmed,
                lockoutEndUtc = user.LockoutEnd,
                failedLoginCount = user.AccessFailedCount,
            },
            ["roles"] = await users.GetRolesAsync(user),
            ["lease"] = lease,
        };
        foreach (var contributor in contributors)
        {
            if (await contributor.ExportAsync(user.Id, user.Email, ct) is { } share)
                export[contributor.Name] = share;
        }
        return export;
    }

    /// <summary>
    /// Deletes the account after checking the password; the lease slot is freed for another household member.
    /// <see cref="UserDeleted"/> is committed with the deletion (Identity's SaveChanges), so the other modules erase
    /// their share afterwards and never miss it.
    /// </summary>
    public async Task<Result> DeleteAsync(NgpUser user, string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
            return Result.Invalid("Mot de passe incorrect : le compte n'a pas été supprimé.", "password", "Mot de passe incorrect.");
        await db.Set<LeaseHolder>().Where(h => h.UserId == user.Id).ExecuteDeleteAsync(ct);
        outbox.Add(new UserDeleted(user.Id, UserDeleted.HashEmail(user.Email ?? string.Empty)));
        var deleted = await users.DeleteAsync(user);
        return deleted.Succeeded ? Result.Success() : Result.Invalid("Le compte n'a pas pu être supprimé.", UserProvisioning.IdentityErrors(deleted));
    }
}
