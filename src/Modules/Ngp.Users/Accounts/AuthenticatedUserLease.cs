using Ngp.Core.Accounts;

namespace Ngp.Users.Accounts;

/// <summary>
/// The lease of the request's user, when authenticating the request already read it. A token is checked against the
/// user's row on every API request; reading the lease in that same round trip spares a vote or a comment a second
/// query for it. Kept for one request only, so a lease linked or removed shows at the next one.
/// </summary>
public sealed class AuthenticatedUserLease
{
    private string? _userId;
    private UserLease? _lease;

    public void Remember(string userId, UserLease? lease)
    {
        _userId = userId;
        _lease = lease;
    }

    public bool TryGet(string userId, out UserLease? lease)
    {
        lease = _lease;
        return _userId == userId;
    }
}
