using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Ngp.Benchmarks.Infrastructure;
using Ngp.Search.Indexing;
using Ngp.Search.Querying;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// --documents (100,000) good-practice records over 8 agencies, generated in process and written through the search
/// module's own code as a rebuild does (<see cref="ParallelIndexing"/>, <see cref="SearchDocument.ToLucene"/>,
/// one <see cref="IndexWriter"/> fed from every core, the French analyzer), then 1–3 word French queries with facet filters through <see cref="SiteSearcher"/>
/// (facet counts, highlighted excerpts, paging). Baseline in the same run: the same texts indexed with Lucene's
/// StandardAnalyzer, no stored fields and no doc values, queried with a plain TermQuery, top 10.
/// </summary>
public sealed class SearchScenario : IScenario
{
    private const int Agencies = 8;
    private const int WarmupQueries = 300;
    private const int MeasuredQueries = 3_000;

    private static readonly string[] Themes = ["Suivi de chantier", "Maintenance", "Comités de résidence", "Formation", "Développement social local", "Concertation", "Information des locataires", "Choix du logement"];

    /// <summary>
    /// Words drawn with the frequencies of real French: every word of the demo recipes' news and good practices, with
    /// repetitions, so that common words are common and specific ones rare (a uniform pick from a short list would
    /// make every query match most documents).
    /// </summary>
    private static readonly string[] Words = DemoWords();

    private static readonly string[] Queries =
    [
        "rénovation", "réhabilitations", "renovation cuisine", "comité de résidence", "suivi chantier", "entretien prestataires",
        "concertation habitants", "gardien formation", "jardin partagé", "réclamations chauffage", "isolation menuiseries ventilation",
        "propreté halls", "\"parties communes\"", "médiation voisinage", "encombrants quartier", "satisfaction enquête", "ascenseur",
        "accueil nouveaux arrivants", "insertion emploi", "travaux -chauffage",
    ];

    public string Name => "search";

    public string Description => "indexing docs/s, query p50/p95 and index size for --documents (100000) good practices over 8 agencies (Lucene, in process)";

    public Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var count = context.Options.Documents;
        var folder = context.NewDataFolder("search");
        var documents = Generate(count);
        context.Log($"{count} documents generated from {Words.Length} words ({Words.Distinct().Count()} distinct) of the demo recipes");

        // Baseline first, so that both runs see the same warm JIT for Lucene's common code.
        var baselineFolder = Path.Combine(folder, "baseline");
        var baselineIndexing = IndexBaseline(baselineFolder, documents);
        context.Log($"baseline indexed in {Format.Seconds(baselineIndexing)}");

        using var store = new IndexStore();
        var index = store.Open(Path.Combine(folder, "ngp"));
        var start = Stopwatch.GetTimestamp();
        ParallelIndexing.AddAll(index.Writer, documents, d => d, ct);
        index.Commit(new Dictionary<string, long> { [TenantIndexer.CursorKey] = count });
        var indexing = Stopwatch.GetElapsedTime(start);
        context.Log($"NGP index built in {Format.Seconds(indexing)}");

        var random = new Random(7);
        var requests = Enumerable.Range(0, WarmupQueries + MeasuredQueries).Select(_ => Request(random)).ToList();
        var latencies = new List<double>(MeasuredQueries);
        long hits = 0;
        for (var i = 0; i < requests.Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            var results = SiteSearcher.Search(index, store.Analyzer, requests[i]);
            var elapsed = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            if (i >= WarmupQueries)
            {
                latencies.Add(elapsed);
                hits += results.Total;
            }
        }
        var baselineLatencies = QueryBaseline(baselineFolder, random);

        var size = FolderSize(Path.Combine(folder, "ngp"));
        var baselineSize = FolderSize(baselineFolder);
        var rate = count / indexing.TotalSeconds;
        var baselineRate = count / baselineIndexing.TotalSeconds;
        var (p50, p95) = (Percentile(latencies, 0.50), Percentile(latencies, 0.95));
        var (b50, b95) = (Percentile(baselineLatencies, 0.50), Percentile(baselineLatencies, 0.95));
        if (!context.Options.KeepData)
            System.IO.Directory.Delete(folder, recursive: true);
        return Task.FromResult(new ScenarioResult(
            $"Search: {Format.Count(count)} good practices over {Agencies} agencies, Lucene.Net 4.8 in process",
            [
                new ReportRow("indexing, rebuild path (French analyzer, stored fields, doc values, every core, commit)", $"{rate:#,0} docs/s", $"{baselineRate:#,0} docs/s", Format.Ratio(rate, baselineRate), $"goal ≥ 5,000 docs/s; {Format.Seconds(indexing)}"),
                new ReportRow("query p50 (1–3 words, facet filter on half, facets + excerpts + page)", Format.Ms(p50), Format.Ms(b50), Format.Ratio(p50, b50), $"{MeasuredQueries} queries after {WarmupQueries} warm-up; {hits / MeasuredQueries:#,0} hits on average"),
                new ReportRow("query p95", Format.Ms(p95), Format.Ms(b95), Format.Ratio(p95, b95), "goal ≤ 15 ms"),
                new ReportRow("index size", Format.MB(size), Format.MB(baselineSize), Format.Ratio(size, baselineSize), $"{size / (double)count:0} bytes per document"),
            ],
            [
                "Baseline: the same titles and texts indexed with StandardAnalyzer, nothing stored, no doc values; queried with one TermQuery, top 10, no facets, no excerpts.",
                "Indexing on every core on both sides (the rebuild adds documents from one thread per core); queries on one thread. No forced merge: a rebuild does not do one, so queries run on the segments it leaves.",
            ]));
    }

    private static List<SearchDocument> Generate(int count)
    {
        var random = new Random(42);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var documents = new List<SearchDocument>(count);
        for (var n = 0; n < count; n++)
        {
            var agency = $"agence-{n % Agencies + 1}";
            var themes = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Themes[random.Next(Themes.Length)]).Distinct().ToList();
            documents.Add(new SearchDocument
            {
                Id = $"{agency}:{n}",
                ContentItemId = n.ToString(CultureInfo.InvariantCulture),
                Type = "GoodPractice",
                Title = Sentence(random, 4, 9),
                Text = string.Join("\n\n", Enumerable.Range(0, 6).Select(_ => Sentence(random, 12, 30) + $" {random.Next(2, 400)} logements, {random.Next(5, 95)} %.")),
                Tags = [Words[random.Next(Words.Length)], Words[random.Next(Words.Length)]],
                Ambition = random.Next(1, 5),
                Themes = themes,
                Date = start.AddMinutes(random.Next(0, 6 * 365 * 24 * 60)),
                Url = $"/{agency}/bonnes-pratiques/fiche-{n}",
                Agency = agency,
                AgencyName = $"Agence {n % Agencies + 1}",
                Shared = true,
            });
        }
        return documents;
    }

    private static string[] DemoWords()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "recipes", "agency-demo.recipe.json")))
            folder = folder.Parent;
        if (folder is null)
            throw new InvalidOperationException("recipes/agency-demo.recipe.json not found above " + AppContext.BaseDirectory);
        var text = File.ReadAllText(Path.Combine(folder.FullName, "recipes", "agency-demo.recipe.json"));
        var words = System.Text.RegularExpressions.Regex.Matches(text, @"\p{L}[\p{L}'’-]{2,}")
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length > 3 && !w.Contains("demo", StringComparison.Ordinal) && !w.Contains("lease", StringComparison.Ordinal))
            .ToArray();
        return words;
    }

    private static string Sentence(Random random, int min, int max)
    {
        var words = Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[random.Next(Words.Length)]).ToList();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private static SearchRequest Request(Random random)
    {
        var q = Queries[random.Next(Queries.Length)];
        return (random.Next(4)) switch
        {
            0 => new SearchRequest { Q = q },
            1 => new SearchRequest { Q = q, Ambition = random.Next(1, 5).ToString(CultureInfo.InvariantCulture) },
            2 => new SearchRequest { Q = q, Theme = Themes[random.Next(Themes.Length)], Sort = "date" },
            _ => new SearchRequest { Q = q, Agency = $"agence-{random.Next(1, Agencies + 1)}", Page = random.Next(1, 4) },
        };
    }

    private static TimeSpan IndexBaseline(string folder, List<SearchDocument> documents)
    {
        var start = Stopwatch.GetTimestamp();
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(FrenchSearchAnalyzer.Version, new StandardAnalyzer(FrenchSearchAnalyzer.Version)) { RAMBufferSizeMB = 32 });
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, doc => writer.AddDocument(new Document
        {
            new TextField("title", doc.Title, Field.Store.NO),
            new TextField("text", doc.Text, Field.Store.NO),
        }));
        writer.Commit();
        return Stopwatch.GetElapsedTime(start);
    }

    private static List<double> QueryBaseline(string folder, Random random)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var latencies = new List<double>(MeasuredQueries);
        for (var i = 0; i < WarmupQueries + MeasuredQueries; i++)
        {
            var word = Words[random.Next(Words.Length)];
            var t = Stopwatch.GetTimestamp();
            searcher.Search(new TermQuery(new Term("text", word)), 10);
            if (i >= WarmupQueries)
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return latencies;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static long FolderSize(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
