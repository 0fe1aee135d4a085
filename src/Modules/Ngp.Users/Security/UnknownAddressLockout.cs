using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;

namespace Ngp.Users.Security;

/// <summary>
/// Failed sign-ins of addresses without account, locked out by Identity's own rules (its attempts, its duration, the
/// site's clock) and written to the tenant database like an account's failures: the same answers, the same work, on
/// every web node.
/// </summary>
public sealed class UnknownAddressLockout(NgpDbContext db, UserManager<NgpUser> users, DecoyPasswordHash decoy, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    /// <summary>Counts a sign-in with this address, which has no account; it is refused, and after too many, locked out.</summary>
    public async Task<SignInOutcome> FailAsync(string email, string password, CancellationToken ct)
    {
        var failures = db.Set<LoginFailure>();
        var key = Key(users.NormalizeEmail(email));
        var failure = await failures.FindAsync([key], ct);
        // Identity refuses a locked account before checking its password; so here.
        if (IsLockedOut(failure))
            return SignInOutcome.LockedOut;
        decoy.Verify(users.PasswordHasher, password);
        for (var attempt = 1; ; attempt++)
        {
            failure ??= failures.Add(new LoginFailure { AddressHash = key }).Entity;
            Count(failure);
            try
            {
                await db.SaveChangesAsync(ct);
                return IsLockedOut(failure) ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another failure of the same address was written meanwhile: count this one on top of it.
                db.Entry(failure).State = EntityState.Detached;
                failure = await failures.FindAsync([key], ct);
            }
        }
    }

    private void Count(LoginFailure failure)
    {
        var lockout = identity.Value.Lockout;
        failure.FailedCount++;
        if (failure.FailedCount < lockout.MaxFailedAccessAttempts)
            return;
        failure.LockoutEnd = clock.GetUtcNow().Add(lockout.DefaultLockoutTimeSpan);
        failure.FailedCount = 0;
    }

    private bool IsLockedOut(LoginFailure? failure) => failure?.LockoutEnd >= clock.GetUtcNow();

    private static string Key(string normalizedEmail) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail))).ToLowerInvariant();
}
