using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Ngp.Search.Querying;
using Directory = System.IO.Directory;

namespace Ngp.Search.Indexing;

/// <summary>
/// One Lucene index on disk: a folder per generation (a rebuild writes a new one and swaps) and, next to them,
/// <c>state.json</c> holding the generation in use and the cursors of the indexing task log (last task id applied),
/// written after each Lucene commit. If the process stops between the two, the next catch-up applies the last tasks
/// again, which is harmless: applying a task reads the item's current state.
/// One <see cref="IndexWriter"/> per index and process (the <see cref="IndexStore"/> hands out one instance per folder).
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private const string StateFile = "state.json";

    /// <summary>
    /// How documents are laid out in the index; an index written with another layout is rebuilt from the log at start.
    /// 2: the text field also holds the title and the tags. 3: the type's label, as its agency names it.
    /// </summary>
    public const int Layout = 3;
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private readonly Analyzer _analyzer;
    private Generation _current;
    private Dictionary<string, long> _cursors;

    public LuceneIndex(string root, Analyzer analyzer)
    {
        Root = root;
        _analyzer = analyzer;
        Directory.CreateDirectory(root);
        var state = ReadState(root);
        _cursors = state.Cursors;
        _current = Generation.Open(root, state.Generation ?? NewGenerationName(), analyzer);
        if (state.Generation is null)
            WriteState();
    }

    public string Root { get; }

    /// <summary>Serializes catch-up, rebuild swaps and state writes of this index; searches never wait for it.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    public string GenerationName => _current.Name;

    public long Cursor(string key) => _cursors.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, long> Cursors => _cursors;

    public IndexWriter Writer => _current.Writer;

    /// <summary>Commits the writer, then records the cursors, then makes the changes visible to searches.</summary>
    public void Commit(IReadOnlyDictionary<string, long> cursors)
    {
        _current.Writer.Commit();
        _cursors = new Dictionary<string, long>(cursors);
        WriteState();
        _current.Searchers.MaybeRefreshBlocking();
    }

    public int DocumentCount()
    {
        return Search(s => s.IndexReader.NumDocs);
    }

    /// <summary>Runs a search on the latest committed state; retried once when a rebuild swapped generations meanwhile.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        for (var attempt = 0; ; attempt++)
        {
            var generation = _current;
            IndexSearcher searcher;
            try
            {
                searcher = generation.Searchers.Acquire();
            }
            catch (ObjectDisposedException) when (attempt == 0)
            {
                continue;
            }
            try
            {
                return search(searcher);
            }
            finally
            {
                generation.Searchers.Release(searcher);
            }
        }
    }

    /// <summary>A new, empty generation beside the current one, for a rebuild; <see cref="SwapTo"/> puts it in use.</summary>
    public Generation CreateGeneration() => Generation.Open(Root, NewGenerationName(), _analyzer);

    /// <summary>Puts a rebuilt generation in use with its cursors (call under <see cref="WriteLock"/>), then deletes the old one.</summary>
    public void SwapTo(Generation next, IReadOnlyDictionary<string, long> cursors)
    {
        next.Writer.Commit();
        next.Searchers.MaybeRefreshBlocking();
        var old = _current;
        _current = next;
        _cursors = new Dictionary<string, long>(cursors);
        WriteState();
        old.Dispose();
        TryDelete(Path.Combine(Root, old.Name));
    }

    public void Dispose() => _current.Dispose();

    private void WriteState()
    {
        var temp = Path.Combine(Root, StateFile + ".tmp");
        File.WriteAllText(temp, JsonSerializer.Serialize(new IndexState { Generation = _current.Name, Cursors = _cursors, Layout = Layout }, _json));
        File.Move(temp, Path.Combine(Root, StateFile), overwrite: true);
    }

    private static IndexState ReadState(string root)
    {
        var path = Path.Combine(root, StateFile);
        if (!File.Exists(path))
            return new IndexState();
        var state = JsonSerializer.Deserialize<IndexState>(File.ReadAllText(path), _json) ?? new IndexState();
        if (state.Layout != Layout && state.Generation is not null)
        {
            // Written by a version that laid documents out otherwise: started again from the log, the old one deleted.
            TryDelete(Path.Combine(root, state.Generation));
            return new IndexState();
        }
        // A generation folder that vanished (deleted by hand to force a rebuild) starts empty, from the start of the log.
        return state.Generation is not null && Directory.Exists(Path.Combine(root, state.Generation)) ? state : new IndexState();
    }

    private static string NewGenerationName() => "g-" + Guid.NewGuid().ToString("N")[..12];

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next start: a reader of another process may still hold a file.
        }
    }

    private sealed class IndexState
    {
        public string? Generation { get; set; }

        public Dictionary<string, long> Cursors { get; set; } = [];

        /// <summary>0 in a state written before layouts were numbered.</summary>
        public int Layout { get; set; }
    }

    /// <summary>One folder of segments with its writer and searcher manager.</summary>
    public sealed class Generation : IDisposable
    {
        private Generation(string name, FSDirectory directory, IndexWriter writer)
        {
            Name = name;
            Directory = directory;
            Writer = writer;
            Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new FacetWarmingSearcherFactory());
        }

        public string Name { get; }

        public FSDirectory Directory { get; }

        public IndexWriter Writer { get; }

        public SearcherManager Searchers { get; }

        public static Generation Open(string root, string name, Analyzer analyzer)
        {
            var directory = FSDirectory.Open(Path.Combine(root, name));
            var writer = OpenWriter(directory, analyzer);
            return new Generation(name, directory, writer);
        }

        /// <summary>
        /// Opens the folder's one writer. The write lock may still be held for a moment by a writer being closed
        /// (a test host stopping, a previous instance of this process): retried with back-off before giving up.
        /// </summary>
        private static IndexWriter OpenWriter(FSDirectory directory, Analyzer analyzer)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var config = new IndexWriterConfig(FrenchSearchAnalyzer.Version, analyzer)
                    {
                        OpenMode = OpenMode.CREATE_OR_APPEND,
                        RAMBufferSizeMB = 32,
                    };
                    var writer = new IndexWriter(directory, config);
                    // A fresh folder gets a first commit so that readers can open it at once.
                    writer.Commit();
                    return writer;
                }
                catch (LockObtainFailedException) when (attempt < 20)
                {
                    Thread.Sleep(100 * attempt);
                }
            }
        }

        /// <summary>Reads a new segment's facet arrays when a searcher opens on it, so that no visitor's query pays for it.</summary>
        private sealed class FacetWarmingSearcherFactory : SearcherFactory
        {
            public override IndexSearcher NewSearcher(IndexReader reader)
            {
                FacetOrdinals.Warm(reader);
                return base.NewSearcher(reader);
            }
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }
    }
}
