namespace Ngp.Maintenance.Api;

public sealed record CloseBody(string? Note);
