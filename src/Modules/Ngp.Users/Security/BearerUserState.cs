using Ngp.Core.Accounts;

namespace Ngp.Users.Security;

/// <summary>What a bearer request checks of its user: the columns that revoke a token, and the user's lease.</summary>
public sealed record BearerUserState(string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd, UserLease? Lease);
