using Ngp.Core.Accounts;

namespace Ngp.Users.Accounts;

/// <summary>
/// The lease of the request's user, when authenticating the request already has it: a token's check reads the user's
/// row and lease together (<see cref="Security.BearerUserStates"/>), which spares a vote or a comment a second query
/// for it. Held for one request; a lease linked, changed or removed shows at the next one.
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
