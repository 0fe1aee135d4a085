namespace Ngp.Users.Security;

public sealed record ApiToken(string Token, DateTimeOffset ExpiresUtc);
