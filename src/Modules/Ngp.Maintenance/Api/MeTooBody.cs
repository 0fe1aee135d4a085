namespace Ngp.Maintenance.Api;

public sealed record MeTooBody(string? Comment);
