namespace Ngp.Users.Api;

public sealed record RegistrationDto(string Email, IReadOnlyList<string> Roles, string Message);
