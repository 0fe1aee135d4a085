namespace Ngp.Maintenance.Api;

public sealed record RejectBody(string? Reason);
