namespace Ngp.Users.Api;

public sealed record TokenRequest(string? Email, string? Password);
