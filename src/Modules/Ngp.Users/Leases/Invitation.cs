using Ngp.Core.Accounts;

namespace Ngp.Users.Leases;

public sealed class Invitation
{
    public int Id { get; set; }

    public required string Email { get; set; }

    public required string Role { get; set; }

    /// <summary>SHA-256 of the token sent by e-mail; the token itself is never stored.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ExpiresUtc { get; set; }

    public DateTimeOffset? AcceptedUtc { get; set; }

    /// <summary>The inviting account's id (before issue 17, its user name, which is its e-mail).</summary>
    [UserId]
    public string? InvitedBy { get; set; }
}
