using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The search page speaks the visitor's language: French by default, English once chosen.</summary>
public abstract class SearchLocalizationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    [SkippableFact]
    public async Task SearchPage_InEnglish_ShowsEnglishText()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.SyncAsync();
        var browser = agency.Client(followRedirects: true);

        var french = Forms.Text(await browser.GetStringAsync("recherche?q=locataires"));
        var english = await browser.GetStringAsync("langue?culture=en-GB&returnUrl=%2Frecherche%3Fq%3Dlocataires");
        var text = Forms.Text(english);

        Assert.Contains("Mots recherchés", french);
        Assert.Contains("<html lang=\"en\">", english);
        foreach (var words in new[] { "Search terms", "Sort by", "Relevance", "Date (newest first)", "Refine", "Results", "Accents are optional." })
            Assert.Contains(words, text);
        foreach (var words in new[] { "Mots recherchés", "Trier par", "Pertinence", "Affiner" })
            Assert.DoesNotContain(words, text);
    }
}

public sealed class SearchLocalizationTestsOnSqlite(SqliteFactory factory) : SearchLocalizationTests<SqliteFactory>(factory);

public sealed class SearchLocalizationTestsOnPostgres(PostgresFactory factory) : SearchLocalizationTests<PostgresFactory>(factory);
