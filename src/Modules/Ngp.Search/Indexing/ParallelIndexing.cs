using Lucene.Net.Index;

namespace Ngp.Search.Indexing;

/// <summary>
/// Adds many items to an index on every core. Analysis (tokenizing, stemming, folding) is most of the cost of
/// indexing and an <see cref="IndexWriter"/> takes concurrent additions, each thread filling its own in-memory
/// segment, so a rebuild of 100,000 records is bound by the cores rather than by one of them.
/// </summary>
public static class ParallelIndexing
{
    /// <summary>Builds each item's document and adds it; the order of the documents in the index does not matter (searches sort by score, date and id).</summary>
    public static void AddAll<T>(IndexWriter writer, IReadOnlyList<T> items, Func<T, SearchDocument> build, CancellationToken ct = default)
    {
        if (items.Count < 2 * Environment.ProcessorCount)
        {
            foreach (var item in items)
                writer.AddDocument(build(item).ToLucene());
            return;
        }
        Parallel.ForEach(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            item => writer.AddDocument(build(item).ToLucene()));
    }
}
