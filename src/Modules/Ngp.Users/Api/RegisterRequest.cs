namespace Ngp.Users.Api;

public sealed record RegisterRequest(string? Email, string? Password, string? LeaseReference);
