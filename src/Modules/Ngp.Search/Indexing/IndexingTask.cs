namespace Ngp.Search.Indexing;

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
