using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Ngp.Search.Indexing;

namespace Ngp.Search.Querying;

/// <summary>
/// Runs a search on an index: the visitor's query and the facet filters, one page of hits sorted by relevance or
/// date, excerpts with the matched words in <c>&lt;mark&gt;</c> (the rest HTML-encoded), and facet counts computed
/// from all the filtered hits (Lucene.Net.Facet is not available), so a facet's count is the total one gets by
/// clicking it.
/// </summary>
public static class SiteSearcher
{
    public const int MaxPage = 100;
    public const int ExcerptLength = 160;

    public static readonly string[] FacetFields = [SearchFields.Type, SearchFields.Ambition, SearchFields.Theme, SearchFields.Year, SearchFields.Agency];

    public static SearchResults Search(LuceneIndex index, Analyzer analyzer, SearchRequest request)
    {
        var userQuery = UserQuery.Parse(request.Q, analyzer);
        var query = WithFilters(userQuery ?? new MatchAllDocsQuery(), request);
        var pageSize = Math.Clamp(request.PageSize, 1, 50);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var wanted = page * pageSize;
        var byDate = request.SortByDate || userQuery is null;
        return index.Search(searcher =>
        {
            // Ties are broken by date then id, so that the order never depends on where a document sits in the index
            // (a rebuilt index, or another node's, lists the same page the same way).
            var sort = byDate
                ? new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), new SortField(SearchFields.Id, SortFieldType.STRING))
                : new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), new SortField(SearchFields.Id, SortFieldType.STRING));
            var top = TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: !byDate, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCollector(FacetFields);
            searcher.Search(query, MultiCollector.Wrap((ICollector)top, facets));
            var docs = top.GetTopDocs((page - 1) * pageSize, pageSize);
            var highlighter = userQuery is null ? null : Highlighter(userQuery);
            var hits = docs.ScoreDocs.Select(d => Hit(searcher.Doc(d.Doc), highlighter, analyzer)).ToList();
            return new SearchResults(top.TotalHits, page, pageSize, hits, facets.Counts());
        });
    }

    private static Query WithFilters(Query query, SearchRequest request)
    {
        var filters = new List<(string Field, string Value)>();
        Add(filters, SearchFields.Type, request.Type);
        Add(filters, SearchFields.Ambition, request.Ambition);
        Add(filters, SearchFields.Theme, request.Theme);
        Add(filters, SearchFields.Year, request.Year);
        Add(filters, SearchFields.Agency, request.Agency);
        if (filters.Count == 0)
            return query;
        var combined = new BooleanQuery { { query, Occur.MUST } };
        foreach (var (field, value) in filters)
            combined.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = 0 }, Occur.MUST);
        return combined;
    }

    private static void Add(List<(string, string)> filters, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            filters.Add((field, value.Trim().Length > 200 ? value.Trim()[..200] : value.Trim()));
    }

    private static Highlighter Highlighter(Query query)
    {
        // The fragmenter reads the scorer's state as the highlighter runs: they must share one scorer.
        var scorer = new QueryScorer(query, SearchFields.Text);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new ExcerptEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, ExcerptLength),
            MaxDocCharsToAnalyze = 50_000,
        };
    }

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, Highlighter? highlighter, Analyzer analyzer)
    {
        var text = doc.Get(SearchFields.Text) ?? "";
        string? excerpt = null;
        if (highlighter is not null && text.Length > 0)
        {
            try
            {
                var fragments = highlighter.GetBestFragments(analyzer, SearchFields.Text, text, 2);
                if (fragments.Length > 0)
                    excerpt = string.Join(" … ", fragments.Select(f => f.Trim()));
            }
            catch (InvalidTokenOffsetsException)
            {
                excerpt = null;
            }
        }
        excerpt ??= ExcerptEncoder.Html.Encode(Shorten(text));
        var ticks = doc.GetField(SearchFields.Date)?.GetInt64Value() ?? 0;
        return new SearchHit(
            doc.Get(SearchFields.Id),
            doc.Get(SearchFields.ContentItemId),
            doc.Get(SearchFields.Type),
            doc.Get(SearchFields.Title) ?? "",
            excerpt,
            doc.Get(SearchFields.Url),
            new DateTimeOffset(ticks, TimeSpan.Zero),
            int.TryParse(doc.Get(SearchFields.Ambition), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ambition) ? ambition : null,
            doc.GetValues(SearchFields.Theme),
            doc.GetValues(SearchFields.Tags),
            doc.Get(SearchFields.Agency) ?? "",
            doc.Get(SearchFields.AgencyName) ?? "",
            doc.Get(SearchFields.TypeLabel) ?? doc.Get(SearchFields.Type));
    }

    private static string Shorten(string text)
    {
        if (text.Length <= ExcerptLength * 2)
            return text;
        var cut = text.LastIndexOf(' ', ExcerptLength * 2);
        return text[..(cut > 0 ? cut : ExcerptLength * 2)] + " …";
    }

    /// <summary>Counts the values of the facet fields over every collected hit, per segment by ordinal from <see cref="FacetOrdinals"/>.</summary>
    private sealed class FacetCollector(string[] fields) : ICollector
    {
        private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        private FacetOrdinals? _segment;
        private int[][] _segmentCounts = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            _segment = FacetOrdinals.Of(context.AtomicReader);
            _segmentCounts = _segment.Labels.Select(l => new int[l.Length]).ToArray();
        }

        public void Collect(int doc)
        {
            var segment = _segment!;
            for (var f = 0; f < segment.Ordinals.Length; f++)
            {
                if (segment.Ordinals[f] is { } ordinals)
                {
                    var ord = ordinals[doc];
                    if (ord >= 0)
                        _segmentCounts[f][ord]++;
                }
                else
                {
                    for (var i = segment.MultiStarts[doc]; i < segment.MultiStarts[doc + 1]; i++)
                        _segmentCounts[f][segment.MultiOrdinals[i]]++;
                }
            }
        }

        public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Counts()
        {
            Flush();
            return _counts.ToDictionary(
                c => c.Key,
                c => (IReadOnlyList<FacetValue>)c.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetValue(v.Key, v.Value)).ToList());
        }

        private void Flush()
        {
            if (_segment is null)
                return;
            for (var f = 0; f < fields.Length; f++)
            {
                var counts = _counts[fields[f]];
                for (var ord = 0; ord < _segmentCounts[f].Length; ord++)
                {
                    if (_segmentCounts[f][ord] > 0)
                        counts[_segment.Labels[f][ord]] = counts.GetValueOrDefault(_segment.Labels[f][ord]) + _segmentCounts[f][ord];
                }
            }
            _segment = null;
        }
    }

    /// <summary>HTML-encodes the text around the marks, keeping accented letters readable (« rénovation », not « r&amp;#233;novation »).</summary>
    private sealed class ExcerptEncoder : IEncoder
    {
        public static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

        public string EncodeText(string originalText) => Html.Encode(originalText);
    }
}
