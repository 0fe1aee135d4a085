namespace Ngp.Workflows.Model;

/// <summary>An awaited event that arrived for a blocking activity; the runner consumes it in the instance's transaction.</summary>
public sealed class WorkflowWakeup
{
    public long Id { get; set; }

    public required string InstanceId { get; set; }

    public long BlockingActivityId { get; set; }

    public required string EventType { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
