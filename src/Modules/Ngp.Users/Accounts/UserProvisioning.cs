using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Settings;
using Ngp.Users.Leases;

namespace Ngp.Users.Accounts;

/// <summary>
/// Creates accounts in the current tenant: the one place where an e-mail, a password, roles and a lease
/// become a user, for registration, the admin, invitations, recipes and tenant setup alike.
/// </summary>
public sealed class UserProvisioning(
    NgpDbContext db,
    UserManager<NgpUser> users,
    RoleManager<NgpRole> roles,
    ISiteSettingsStore settings,
    IOutbox outbox,
    TimeProvider clock)
{
    public const string UnknownLeaseMessage = "Cette référence de bail est inconnue de l'agence. Vérifiez-la sur votre avis d'échéance ou contactez votre agence.";

    /// <summary>Creates the user, or returns the existing one with the same e-mail unchanged (recipes and setup run twice).</summary>
    public async Task<Result<NgpUser>> EnsureUserAsync(string email, string password, IReadOnlyList<string> roleNames, string? leaseReference, CancellationToken ct, string? displayName = null)
    {
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
            return existing;
        return await CreateAsync(new NewUser(email, password, roleNames, leaseReference, displayName), ct);
    }

    public async Task<Result<NgpUser>> CreateAsync(NewUser request, CancellationToken ct)
    {
        var result = await CreateUnlessTakenAsync(request, ct);
        if (!result.IsOk)
            return result.ToFailure();
        return result.Value is { } user
            ? user
            : Result.Conflict($"Un compte existe déjà avec l'adresse {request.Email?.Trim()}. Connectez-vous ou choisissez « mot de passe oublié ».", "email");
    }

    /// <summary>
    /// Creates the user, or answers <c>null</c> when the address already has an account, after the same checks and the
    /// same work (the password hashed), so a caller can answer both cases alike.
    /// </summary>
    public async Task<Result<NgpUser?>> CreateUnlessTakenAsync(NewUser request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var email = request.Email?.Trim() ?? "";
        if (!UserRules.IsEmail(email))
            errors["email"] = ["Indiquez une adresse e-mail valide."];
        var passwordErrors = await UserRules.CheckPasswordAsync(request.Password);
        if (passwordErrors.Count > 0)
            errors["password"] = passwordErrors.ToArray();
        var unknownRoles = request.Roles.Where(r => !NgpRoles.IsKnown(r)).ToList();
        if (unknownRoles.Count > 0)
            errors["roles"] = [$"Rôle inconnu : {string.Join(", ", unknownRoles)}. Rôles possibles : {string.Join(", ", NgpRoles.All)}."];
        if (request.Roles.Contains(NgpRoles.Resident) && string.IsNullOrWhiteSpace(request.LeaseReference))
            errors["leaseReference"] = ["Un compte locataire doit être vérifié par une référence de bail."];
        if (!string.IsNullOrWhiteSpace(request.DisplayName) && Ngp.Core.Accounts.PublicName.Refusal(request.DisplayName, email) is { } badName)
            errors["displayName"] = [badName];
        if (errors.Count > 0)
            return Result.Invalid("Le compte n'a pas été créé : corrigez les champs signalés.", errors);

        Lease? lease = null;
        var maxAccounts = 0;
        if (!string.IsNullOrWhiteSpace(request.LeaseReference))
        {
            var reference = Lease.Normalize(request.LeaseReference);
            lease = await db.Set<Lease>().SingleOrDefaultAsync(l => l.Reference == reference, ct);
            if (lease is null)
                return Result.Invalid(UnknownLeaseMessage, "leaseReference", UnknownLeaseMessage);
            // A full lease is refused before the address is looked at, so that answer too is the same for any address.
            maxAccounts = (await settings.GetAsync(ct)).MaxAccountsPerLease;
            if (await FreeSlotAsync(lease, maxAccounts, ct) == 0)
                return LeaseFull(maxAccounts);
        }

        // The password is checked and hashed before the transaction: hashing takes a core for tens of milliseconds,
        // and on SQLite the transaction holds the database's one write lock, so hashing inside it queued every other
        // write of the agency behind each registration (and past the 30 s lock timeout when many residents signed up).
        var candidate = new NgpUser { UserName = email, Email = email };
        foreach (var validator in users.PasswordValidators)
        {
            var validated = await validator.ValidateAsync(users, candidate, request.Password!);
            if (!validated.Succeeded)
                return Result.Invalid("Le compte n'a pas été créé.", IdentityErrors(validated));
        }
        var passwordHash = users.PasswordHasher.HashPassword(candidate, request.Password!);
        if (await users.FindByEmailAsync(email) is not null)
            return (NgpUser?)null;

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async Task<Result<NgpUser?>> () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = new NgpUser { UserName = email, Email = email, DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : Ngp.Core.Accounts.PublicName.Normalize(request.DisplayName), CreatedUtc = clock.GetUtcNow(), PasswordHash = passwordHash };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
                return Result.Invalid("Le compte n'a pas été créé.", IdentityErrors(created));

            var roleNames = request.Roles.Distinct().ToList();
            if (lease is not null && !roleNames.Contains(NgpRoles.Resident) && roleNames.Count == 0)
                roleNames.Add(NgpRoles.Resident);
            foreach (var role in roleNames)
                await EnsureRoleAsync(role);
            if (roleNames.Count > 0)
            {
                var added = await users.AddToRolesAsync(user, roleNames);
                if (!added.Succeeded)
                    return Result.Invalid("Le compte n'a pas été créé.", IdentityErrors(added));
            }

            if (lease is not null)
            {
                // Read again inside the transaction: another registration may have taken the last slot meanwhile.
                var freeSlot = await FreeSlotAsync(lease, maxAccounts, ct);
                if (freeSlot == 0)
                    return LeaseFull(maxAccounts);
                db.Set<LeaseHolder>().Add(new LeaseHolder { LeaseId = lease.Id, UserId = user.Id, Slot = freeSlot, CreatedUtc = clock.GetUtcNow() });
            }

            outbox.Add(new UserRegistered(user.Id, email, roleNames));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another registration took the same lease slot at the same moment: the unique index settled it.
                return Result.Conflict("Ce bail vient d'être utilisé par une autre inscription : réessayez.", "leaseReference");
            }
            await transaction.CommitAsync(ct);
            return user;
        });
    }

    /// <summary>The lowest free slot of the lease, or 0 when it already verifies the most accounts a household may have.</summary>
    private async Task<int> FreeSlotAsync(Lease lease, int maxAccounts, CancellationToken ct)
    {
        var takenSlots = await db.Set<LeaseHolder>().Where(h => h.LeaseId == lease.Id).Select(h => h.Slot).ToListAsync(ct);
        return Enumerable.Range(1, maxAccounts).FirstOrDefault(s => !takenSlots.Contains(s));
    }

    private static Result.Failure LeaseFull(int maxAccounts) => Result.Invalid(
        $"Ce bail vérifie déjà {maxAccounts} compte(s), le maximum pour un foyer. Contactez votre agence si un compte doit être retiré.",
        "leaseReference", "Ce bail a déjà atteint son nombre maximal de comptes.");

    public async Task EnsureRoleAsync(string role)
    {
        if (!await roles.RoleExistsAsync(role))
            await roles.CreateAsync(new NgpRole(role));
    }

    public static Dictionary<string, string[]> IdentityErrors(IdentityResult result)
    {
        var byField = new Dictionary<string, List<string>>();
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "email"
                : "";
            if (!byField.TryGetValue(field, out var list))
                byField[field] = list = [];
            list.Add(error.Description);
        }
        return byField.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
