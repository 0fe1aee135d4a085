using Ngp.Core.Leasing;

namespace Ngp.Workflows.Model;

/// <summary>A stored workflow type; <see cref="Definition"/> is the whole JSON, the other columns are what queries filter on.</summary>
public sealed class WorkflowTypeRecord : ILeasedRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public bool Enabled { get; set; }

    public bool Singleton { get; set; }

    public int Version { get; set; }

    /// <summary>Name of the start event, indexed: the event consumer looks types up by it.</summary>
    public required string StartEvent { get; set; }

    public required string Definition { get; set; }

    public DateTimeOffset ModifiedUtc { get; set; }

    /// <summary>Timer start events: UTC ticks of the next firing; null when none is planned.</summary>
    public long? NextTimerTicks { get; set; }

    /// <summary>Singletons: process that runs one of the type's instances, and until when (UTC ticks).</summary>
    public string? LeaseOwner { get; set; }

    public long LeaseUntilTicks { get; set; }
}
