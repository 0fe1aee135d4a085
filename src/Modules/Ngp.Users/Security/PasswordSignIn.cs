using Microsoft.AspNetCore.Identity;
using Ngp.Core.Data;

namespace Ngp.Users.Security;

/// <summary>
/// Checks an address and a password, for the token API and the login form alike. An address without account costs
/// the same work (a password verified, a failure written) and is locked out by the same rules, so neither the answer
/// nor its delay tells whether the address has an account.
/// </summary>
public sealed class PasswordSignIn(SignInManager<NgpUser> signIn, UnknownAddressLockout unknown)
{
    public const string WrongCredentials = "Adresse e-mail ou mot de passe incorrect.";
    public const string LockedOut = "Ce compte est verrouillé pendant 15 minutes après 5 essais manqués.";

    /// <returns>The outcome, and the account when the password is right.</returns>
    public async Task<(SignInOutcome Outcome, NgpUser? User)> CheckAsync(string? email, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            return (SignInOutcome.WrongCredentials, null);
        var address = email.Trim();
        var user = await signIn.UserManager.FindByEmailAsync(address);
        if (user is null)
            return (await unknown.FailAsync(address, password, ct), null);
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.Succeeded)
            return (SignInOutcome.Succeeded, user);
        return (check.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials, null);
    }
}
