using System.Text.RegularExpressions;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The public pages of a meeting and of its synthesis, as a resident reads them.</summary>
public sealed class MeetingPagesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static string MainOf(string html) => Regex.Match(html, "<main[^>]*>(.*)</main>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task MeetingPage_ItsPracticalDetails_AreShownOnceAndNotAgainAsRawFields()
    {
        var agency = await factory.CreateAgencyAsync();

        var main = MainOf(await agency.Client().GetStringAsync("reunions/reunion-publique-cour-de-la-cite-jardin"));

        Assert.Single(Regex.Matches(main, "École Jean-Jaurès, préau"));
        Assert.Single(Regex.Matches(main, "Présentation des esquisses"));
        Assert.DoesNotContain("Nombre de places", main, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Début</dt>", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesisPage_EachSection_HasItsHeadingStartingWithWhatWasSaid()
    {
        var agency = await factory.CreateAgencyAsync();

        var main = MainOf(await agency.Client().GetStringAsync("syntheses/synthese-comite-de-residence-des-alpins-bilan-du-chantier"));
        var headings = Regex.Matches(main, "<h2[^>]*>([^<]+)</h2>").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["Ce qui a été dit", "Décisions", "Objections entendues et propositions", "Prochaines étapes"], headings);
        Assert.Contains("Personnes présentes : 22", Forms.Text(main), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(main, "href=\"[^\"]*/reunions/comite-de-residence-des-alpins-bilan-du-chantier\""));
    }
}
