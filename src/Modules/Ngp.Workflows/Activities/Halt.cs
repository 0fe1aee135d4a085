namespace Ngp.Workflows.Activities;

public sealed record Halt(DateTimeOffset? Due, string? EventType, string? CorrelationId);
