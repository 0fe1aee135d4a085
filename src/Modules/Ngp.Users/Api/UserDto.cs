namespace Ngp.Users.Api;

public sealed record UserDto(string Id, string Email, IReadOnlyList<string> Roles);
