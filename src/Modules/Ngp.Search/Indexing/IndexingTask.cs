using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Data;
using Ngp.Core.Outbox;

namespace Ngp.Search.Indexing;

public enum IndexingTaskKind
{
    Update,
    Delete,
}

/// <summary>
/// One row of the indexing task log (Orchard Core's pattern): an item whose public state may have changed. Indexes
/// keep the id of the last task they applied and read the rows after it, so any number of indexes (one per web node,
/// the head office's shared index, a rebuild) follow the same log at their own pace.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public IndexingTaskKind Kind { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}

public sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> e)
    {
        e.ToTable("IndexingTasks");
        e.HasKey(t => t.Id);
        e.Property(t => t.ContentItemId).HasMaxLength(32).IsRequired();
        e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(t => t.ContentItemId);
    }
}

/// <summary>
/// Turns the content engine's committed events into rows of the task log, in the dispatcher's transaction. The
/// dispatcher hands events to this consumer one at a time under a lease, so task ids are committed in increasing
/// order and an index reading "after my cursor" never passes a row committed later with a smaller id.
/// </summary>
public sealed class IndexingTaskConsumer(NgpDbContext db, TimeProvider clock) : IOutboxConsumer
{
    public string Name => "search-indexing";

    public bool Accepts(string eventType) =>
        eventType is "ContentPublished" or "ContentUnpublished" or "ContentDeleted" or "ContentUpdated";

    public Task HandleAsync(OutboxEvent outboxEvent, CancellationToken ct)
    {
        if (outboxEvent.ContentItemId is not { } id)
            return Task.CompletedTask;
        db.Set<IndexingTask>().Add(new IndexingTask
        {
            ContentItemId = id,
            Kind = outboxEvent.Type == "ContentDeleted" ? IndexingTaskKind.Delete : IndexingTaskKind.Update,
            CreatedUtc = clock.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
