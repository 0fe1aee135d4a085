using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Workflows.Model;

/// <summary>A stored workflow type; <see cref="Definition"/> is the whole JSON, the other columns are what queries filter on.</summary>
public sealed class WorkflowTypeRecord
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

public enum WorkflowStatus
{
    Running,
    Halted,
    Finished,
    Faulted,
}

/// <summary>One run of a workflow type, persisted between its steps.</summary>
public sealed class WorkflowInstance
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

/// <summary>One executed activity of an instance, for the administrator (and the e-mail guard).</summary>
public sealed class WorkflowJournalEntry
{
    public long Id { get; set; }

    public required string InstanceId { get; set; }

    public required string ActivityId { get; set; }

    public required string ActivityType { get; set; }

    public required string Outcome { get; set; }

    public DateTimeOffset Utc { get; set; }
}

internal sealed class WorkflowConfiguration :
    IEntityTypeConfiguration<WorkflowTypeRecord>,
    IEntityTypeConfiguration<WorkflowInstance>,
    IEntityTypeConfiguration<WorkflowBlockingActivity>,
    IEntityTypeConfiguration<WorkflowWakeup>,
    IEntityTypeConfiguration<WorkflowJournalEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowTypeRecord> e)
    {
        e.ToTable("WorkflowTypes");
        e.HasKey(t => t.Id);
        e.Property(t => t.Id).HasMaxLength(100);
        e.Property(t => t.Name).HasMaxLength(200).IsRequired();
        e.Property(t => t.StartEvent).HasMaxLength(100).IsRequired();
        e.Property(t => t.Definition).IsRequired();
        e.Property(t => t.LeaseOwner).HasMaxLength(200);
        e.HasIndex(t => new { t.StartEvent, t.Enabled });
    }

    public void Configure(EntityTypeBuilder<WorkflowInstance> e)
    {
        e.ToTable("WorkflowInstances");
        e.HasKey(i => i.Id);
        e.Property(i => i.Id).HasMaxLength(32);
        e.Property(i => i.WorkflowTypeId).HasMaxLength(100).IsRequired();
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.CorrelationId).HasMaxLength(100);
        e.Property(i => i.State).IsRequired();
        e.Property(i => i.Fault).HasMaxLength(2000);
        e.Property(i => i.LeaseOwner).HasMaxLength(200);
        e.HasIndex(i => new { i.Status, i.DueTicks });
        e.HasIndex(i => new { i.WorkflowTypeId, i.CreatedUtc });
        e.HasIndex(i => i.CorrelationId);
    }

    public void Configure(EntityTypeBuilder<WorkflowBlockingActivity> e)
    {
        e.ToTable("WorkflowBlockingActivities");
        e.HasKey(b => b.Id);
        e.Property(b => b.InstanceId).HasMaxLength(32).IsRequired();
        e.Property(b => b.ActivityId).HasMaxLength(100).IsRequired();
        e.Property(b => b.EventType).HasMaxLength(100);
        e.Property(b => b.CorrelationId).HasMaxLength(100);
        e.HasIndex(b => new { b.EventType, b.CorrelationId });
        e.HasIndex(b => b.InstanceId);
    }

    public void Configure(EntityTypeBuilder<WorkflowWakeup> e)
    {
        e.ToTable("WorkflowWakeups");
        e.HasKey(w => w.Id);
        e.Property(w => w.InstanceId).HasMaxLength(32).IsRequired();
        e.Property(w => w.EventType).HasMaxLength(100).IsRequired();
        e.Property(w => w.Payload).IsRequired();
        e.HasIndex(w => w.InstanceId);
    }

    public void Configure(EntityTypeBuilder<WorkflowJournalEntry> e)
    {
        e.ToTable("WorkflowJournal");
        e.HasKey(j => j.Id);
        e.Property(j => j.InstanceId).HasMaxLength(32).IsRequired();
        e.Property(j => j.ActivityId).HasMaxLength(100).IsRequired();
        e.Property(j => j.ActivityType).HasMaxLength(100).IsRequired();
        e.Property(j => j.Outcome).HasMaxLength(100).IsRequired();
        e.HasIndex(j => new { j.InstanceId, j.Id });
    }
}
