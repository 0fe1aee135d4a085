using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;

namespace Ngp.Users.Security;

/// <summary>
/// Identity's user manager with lock-out judged by the injected clock: the framework's own reads the system clock
/// to set and to check the end of a lock-out.
/// </summary>
public sealed class NgpUserManager(
    IUserStore<NgpUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<NgpUser> passwordHasher,
    IEnumerable<IUserValidator<NgpUser>> userValidators,
    IEnumerable<IPasswordValidator<NgpUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<NgpUser>> logger,
    TimeProvider clock)
    : UserManager<NgpUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<NgpUser> LockoutStore =>
        Store as IUserLockoutStore<NgpUser> ?? throw new NotSupportedException("The user store does not support lock-out.");

    public override async Task<bool> IsLockedOutAsync(NgpUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
            return false;
        var end = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return end >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(NgpUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            Logger.LogDebug("User is locked out after {Count} failed attempts.", count);
            await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        // Only the counters changed: the address and name are not validated again (two reads), so a failure costs what
        // a failure of an address without account costs (UnknownAddressLockout).
        return await Store.UpdateAsync(user, CancellationToken);
    }
}
