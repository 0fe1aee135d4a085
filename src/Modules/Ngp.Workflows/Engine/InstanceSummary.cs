namespace Ngp.Workflows.Engine;

public sealed record InstanceSummary(
    string Id,
    string WorkflowTypeId,
    string Status,
    string? CorrelationId,
    DateTimeOffset CreatedUtc,
    DateTimeOffset ModifiedUtc,
    DateTimeOffset? FinishedUtc,
    string? Fault);
