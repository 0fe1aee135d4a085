namespace Ngp.Users.Api;

public sealed record MeDto(string Email, IReadOnlyList<string> Roles, string Tenant);
