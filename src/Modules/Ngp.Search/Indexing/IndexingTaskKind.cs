namespace Ngp.Search.Indexing;

public enum IndexingTaskKind
{
    Update,
    Delete,
}
