using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Workflows.Model;

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
