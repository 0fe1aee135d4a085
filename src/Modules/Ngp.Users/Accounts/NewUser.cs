namespace Ngp.Users.Accounts;

public sealed record NewUser(string? Email, string? Password, IReadOnlyList<string> Roles, string? LeaseReference, string? DisplayName);
