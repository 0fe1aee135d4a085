using Ngp.Core.Leasing;

namespace Ngp.Workflows.Model;

/// <summary>One run of a workflow type, persisted between its steps.</summary>
public sealed class WorkflowInstance : ILeasedRow
{
    public required string Id { get; set; }

    public required string WorkflowTypeId { get; set; }

    public int TypeVersion { get; set; }

    public WorkflowStatus Status { get; set; }

    /// <summary>What the instance is about: usually a content item id.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>JSON <see cref="WorkflowState"/>: properties, input, outputs, the activities still to run, joins.</summary>
    public required string State { get; set; }

    /// <summary>UTC ticks from which the runner should take the instance up (new, retried, or a timer); null when it only waits for events.</summary>
    public long? DueTicks { get; set; }

    public string? Fault { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ModifiedUtc { get; set; }

    public DateTimeOffset? FinishedUtc { get; set; }

    /// <summary>Process that runs the instance now, and until when (UTC ticks): one runner per instance across nodes.</summary>
    public string? LeaseOwner { get; set; }

    public long LeaseUntilTicks { get; set; }
}
