using Lucene.Net.Analysis;
using Directory = System.IO.Directory;

namespace Ngp.Search.Indexing;

/// <summary>The one <see cref="LuceneIndex"/> instance of each folder in this process, disposed when the host stops.</summary>
public sealed class IndexStore : IDisposable
{
    private readonly Dictionary<string, LuceneIndex> _indexes = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _lock = new();

    public Analyzer Analyzer { get; } = new FrenchSearchAnalyzer();

    public LuceneIndex Open(string root)
    {
        var key = Path.GetFullPath(root);
        lock (_lock)
        {
            if (_indexes.TryGetValue(key, out var index) && !Directory.Exists(key))
            {
                // The tenant's folder was removed (the tenant was deleted, maybe created again since): start afresh.
                _indexes.Remove(key);
                index.Dispose();
                index = null;
            }
            if (index is null)
                _indexes[key] = index = new LuceneIndex(key, Analyzer);
            return index;
        }
    }

    /// <summary>Closes and forgets an index (its tenant was removed), deleting its folder when asked.</summary>
    public void Close(string root, bool delete)
    {
        var key = Path.GetFullPath(root);
        lock (_lock)
        {
            if (_indexes.Remove(key, out var index))
                index.Dispose();
        }
        if (delete && Directory.Exists(key))
            Directory.Delete(key, recursive: true);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var index in _indexes.Values)
                index.Dispose();
            _indexes.Clear();
        }
    }
}
