using Ngp.Core.Data;
using Ngp.Core.Outbox;

namespace Ngp.Search.Indexing;

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
