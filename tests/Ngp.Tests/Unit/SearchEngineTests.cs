using Lucene.Net.Analysis.TokenAttributes;
using Ngp.Search.Indexing;
using Ngp.Search.Querying;

namespace Ngp.Tests.Unit;

/// <summary>The search engine on a real Lucene index in a temporary folder: French analysis, highlights, facets, hostile input.</summary>
public sealed class SearchEngineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ngp-tests", "lucene-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly IndexStore _store = new();

    public void Dispose()
    {
        _store.Dispose();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("rénovation", "rénover")]
    [InlineData("réhabilitations", "réhabilitation")]
    [InlineData("renovation", "rénovation")]
    [InlineData("Comités", "comité")]
    [InlineData("l'entretien", "entretien")]
    [InlineData("LOCATAIRES", "locataire")]
    public void Analyzer_FrenchVariants_ShareTheirTerm(string typed, string written) =>
        Assert.Equal(Terms(written), Terms(typed));

    [Fact]
    public void Analyzer_StopWords_AreDropped() =>
        Assert.Equal(["travaux".Length > 0 ? Terms("travaux")[0] : ""], Terms("les travaux de la"));

    [Theory]
    [InlineData("rénover", "Rénovation des cuisines")]
    [InlineData("renovation", "Rénovation des cuisines")]
    [InlineData("réhabilitations", "Réhabilitation des Alpins")]
    [InlineData("\"suivi de chantier\"", "Réhabilitation des Alpins")]
    public void Search_FrenchQuery_FindsTheRecord(string query, string expectedTitle)
    {
        var index = Seeded();
        var results = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = query });
        Assert.Contains(results.Hits, h => h.Title == expectedTitle);
    }

    [Fact]
    public void Search_ExcludedWord_LeavesItsRecordsOut()
    {
        var index = Seeded();
        var all = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "locataires" });
        var without = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "locataires -cuisine" });
        Assert.Contains(all.Hits, h => h.Title == "Rénovation des cuisines");
        Assert.DoesNotContain(without.Hits, h => h.Title == "Rénovation des cuisines");
        Assert.True(without.Total > 0);
    }

    [Fact]
    public void Search_Excerpt_MarksTheMatchedWordsAndEncodesTheRest()
    {
        var index = Seeded();
        var results = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "renover" });
        var hit = Assert.Single(results.Hits, h => h.Title == "Rénovation des cuisines");
        Assert.Contains("<mark>rénovation</mark>", hit.Excerpt, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.Excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_FacetCounts_EqualTheTotalsOfTheirFilters()
    {
        var index = Seeded();
        var request = new SearchRequest { Q = "locataires" };
        var results = SiteSearcher.Search(index, _store.Analyzer, request);
        Assert.True(results.Total >= 3);
        foreach (var field in new[] { "type", "ambition", "theme", "year" })
        {
            Assert.NotEmpty(results.Facets[field]);
            foreach (var value in results.Facets[field])
            {
                var narrowed = field switch
                {
                    "type" => request with { Type = value.Value },
                    "ambition" => request with { Ambition = value.Value },
                    "theme" => request with { Theme = value.Value },
                    _ => request with { Year = value.Value },
                };
                var filtered = SiteSearcher.Search(index, _store.Analyzer, narrowed);
                Assert.Equal(value.Count, filtered.Total);
                // Facets of the narrowed search count within it: never more than its total.
                Assert.All(filtered.Facets[field], v => Assert.True(v.Count <= filtered.Total));
            }
        }
    }

    [Fact]
    public void Search_FacetCounts_AfterAnUpdateInANewSegment_CountOnlyTheLiveVersion()
    {
        var index = Seeded();
        // Counted once so that the first segment's facet arrays are cached before the record changes.
        var before = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "locataires" });
        Assert.Equal(1, before.Facets["ambition"].Single(v => v.Value == "2").Count);

        Add(index, "1", "Rénovation des cuisines", "Avant la rénovation, les locataires ont choisi leur finition.", 3, ["Maintenance"], new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), "GoodPractice");
        index.Commit(new Dictionary<string, long> { [TenantIndexer.CursorKey] = 5 });

        var after = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "locataires" });
        Assert.Equal(before.Total, after.Total);
        Assert.DoesNotContain(after.Facets["ambition"], v => v.Value == "2");
        Assert.Equal(1, after.Facets["ambition"].Single(v => v.Value == "3").Count);
        Assert.Equal(1, after.Facets["theme"].Single(v => v.Value == "Concertation").Count);
        Assert.Equal(1, after.Facets["theme"].Single(v => v.Value == "Maintenance").Count);
        Assert.DoesNotContain(after.Facets["theme"], v => v.Value == "Choix du logement");
    }

    [Fact]
    public void Search_WordInTheTitle_RanksAboveTheSameWordInTheBodyOnly()
    {
        var index = _store.Open(_folder);
        var date = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        // The body-only record is the more recent: only the title's weight can put the other first.
        Add(index, "corps", "Réunion de printemps", "Les habitants ont parlé du jardin et des allées.", 3, ["Concertation"], date.AddDays(1), "News");
        Add(index, "titre", "Jardin partagé des Glycines", "Les habitants entretiennent les parcelles ensemble.", 3, ["Concertation"], date, "News");
        index.Commit(new Dictionary<string, long> { [TenantIndexer.CursorKey] = 2 });

        var results = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "jardins" });

        Assert.Equal(["Jardin partagé des Glycines", "Réunion de printemps"], results.Hits.Select(h => h.Title));
    }

    [Fact]
    public void Search_WordOnlyInATag_FindsTheRecordAndAPhraseNeverSpansTitleAndBody()
    {
        var index = _store.Open(_folder);
        index.Writer.UpdateDocument(SearchFields.IdTerm("tag"), new SearchDocument
        {
            Id = "tag", ContentItemId = "tag", Type = "GoodPractice", Title = "Fiche sans mot-clé dans le texte", Text = "Communes aux deux bâtiments.",
            Tags = ["médiation"], Date = DateTimeOffset.UnixEpoch, Agency = "agence-test", AgencyName = "Agence de test",
        }.ToLucene());
        index.Commit(new Dictionary<string, long> { [TenantIndexer.CursorKey] = 1 });

        Assert.Equal(1, SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "médiation" }).Total);
        // « texte » ends the title and « Communes » starts the body: not a phrase of the record.
        Assert.Equal(0, SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "\"texte communes\"" }).Total);
    }

    [Fact]
    public void Open_IndexWrittenWithAnEarlierLayout_StartsAgainFromTheLog()
    {
        var folder = Path.Combine(_folder, "ancien");
        using (var old = new LuceneIndex(folder, _store.Analyzer))
        {
            Add(old, "1", "Rénovation des cuisines", "Texte.", 1, [], DateTimeOffset.UnixEpoch, "News");
            old.Commit(new Dictionary<string, long> { [TenantIndexer.CursorKey] = 7 });
        }
        var state = Path.Combine(folder, "state.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(state))!.AsObject();
        json.Remove("layout");
        File.WriteAllText(state, json.ToJsonString());

        using var reopened = new LuceneIndex(folder, _store.Analyzer);

        Assert.Equal(0, reopened.Cursor(TenantIndexer.CursorKey));
        Assert.Equal(0, reopened.DocumentCount());
        Assert.Single(Directory.GetDirectories(folder));
    }

    [Fact]
    public void Search_ByDate_PutsTheMostRecentFirstAndPages()
    {
        var index = Seeded();
        var first = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Sort = "date", PageSize = 2 });
        var second = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Sort = "date", PageSize = 2, Page = 2 });
        Assert.Equal(4, first.Total);
        Assert.Equal(["Comité de résidence des Glycines", "Réhabilitation des Alpins"], first.Hits.Select(h => h.Title));
        Assert.Equal(["Rénovation des cuisines", "Entretien des espaces verts"], second.Hits.Select(h => h.Title));
    }

    [Theory]
    [InlineData("\"réhabilitation")]
    [InlineData("-")]
    [InlineData("- - -")]
    [InlineData("AND OR NOT")]
    [InlineData("title:(rénovation")]
    [InlineData("*?~^[]{}\\/:!&&||")]
    [InlineData("-travaux")]
    [InlineData("\"\"")]
    public void Search_HostileQuery_AnswersWithoutThrowing(string query)
    {
        var index = Seeded();
        var results = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = query });
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Search_VeryLongQuery_IsCutAndAnswers()
    {
        var index = Seeded();
        var query = string.Concat(Enumerable.Repeat("rénovation cuisines ", 5_000)) + "\"(";
        var results = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = query });
        Assert.Contains(results.Hits, h => h.Title == "Rénovation des cuisines");
    }

    [Fact]
    public void Search_OnlyExclusions_ListsEverythingElse()
    {
        var index = Seeded();
        var results = SiteSearcher.Search(index, _store.Analyzer, new SearchRequest { Q = "-cuisine" });
        Assert.Equal(3, results.Total);
    }

    private LuceneIndex Seeded()
    {
        var index = _store.Open(_folder);
        Add(index, "1", "Rénovation des cuisines", "Avant la rénovation, les locataires ont choisi leur finition. <script>alert(1)</script>", 2, ["Concertation", "Choix du logement"], new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), "GoodPractice");
        Add(index, "2", "Réhabilitation des Alpins", "Un point d'étape mensuel pour le suivi de chantier avec les locataires.", 1, ["Suivi de chantier"], new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero), "GoodPractice");
        Add(index, "3", "Comité de résidence des Glycines", "Les locataires se réunissent quatre fois par an.", 4, ["Comités de résidence", "Concertation"], new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), "News");
        Add(index, "4", "Entretien des espaces verts", "Le prestataire passe chaque semaine.", 1, ["Maintenance"], new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), "News");
        index.Commit(new Dictionary<string, long> { [TenantIndexer.CursorKey] = 4 });
        return index;
    }

    private static void Add(LuceneIndex index, string id, string title, string text, int ambition, string[] themes, DateTimeOffset date, string type) =>
        index.Writer.UpdateDocument(SearchFields.IdTerm(id), new SearchDocument
        {
            Id = id,
            ContentItemId = id,
            Type = type,
            Title = title,
            Text = text,
            Ambition = ambition,
            Themes = themes,
            Date = date,
            Url = "bonnes-pratiques/" + id,
            Agency = "agence-test",
            AgencyName = "Agence de test",
        }.ToLucene());

    private List<string> Terms(string text)
    {
        using var stream = _store.Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
