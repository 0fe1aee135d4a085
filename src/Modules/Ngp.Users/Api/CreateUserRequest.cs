namespace Ngp.Users.Api;

public sealed record CreateUserRequest(string? Email, string? Password, IReadOnlyList<string>? Roles, string? LeaseReference);
