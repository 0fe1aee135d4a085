namespace Ngp.Users.Security;

/// <summary>
/// Failed sign-ins of an address that has no account, counted like Identity counts an account's. The address is
/// kept only as a SHA-256 of its normalized form: people type strangers' addresses too.
/// </summary>
public sealed class LoginFailure
{
    public required string AddressHash { get; set; }

    /// <summary>Failures since the last lock-out; back to 0 when one starts, as for an account.</summary>
    public int FailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }
}
