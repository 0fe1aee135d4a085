namespace Ngp.Maintenance.Api;

public sealed record MessageBody(string? Body);
