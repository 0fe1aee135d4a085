namespace Ngp.Workflows.Model;

/// <summary>An activity an instance is halted on: a timer (<see cref="DueTicks"/>) or an awaited event with its correlation.</summary>
public sealed class WorkflowBlockingActivity
{
    public long Id { get; set; }

    public required string InstanceId { get; set; }

    public required string ActivityId { get; set; }

    public long? DueTicks { get; set; }

    public string? EventType { get; set; }

    public string? CorrelationId { get; set; }
}
