using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>/admin/baux lists the agency's leases, 50 a page, searchable by reference, building or postcode, without JavaScript.</summary>
public abstract class LeaseListTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static readonly HtmlParser Parser = new();

    private static async Task ImportAsync(Agency agency, IEnumerable<string> lines)
    {
        var csv = "leaseReference,building,postcode\n" + string.Join('\n', lines) + "\n";
        var response = await (await agency.AdminAsync()).PostAsync("api/v1/leases", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<IDocument> ListAsync(HttpClient admin, string query = "")
    {
        var response = await admin.GetAsync("admin/baux" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static IReadOnlyList<string> References(IDocument page) =>
        page.QuerySelectorAll("table.data tbody th[scope=row]").Select(th => th.TextContent.Trim()).ToList();

    [SkippableFact]
    public async Task LeaseList_WithMoreThanFiftyLeases_ShowsThemFiftyAPageInAnAccessibleTable()
    {
        var agency = await factory.CreateAgencyAsync();
        await ImportAsync(agency, Enumerable.Range(1, 120).Select(i => $"PAG-{i:000},Résidence Les Pages,38000"));
        var admin = await ParticipationHarness.BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);

        var first = await ListAsync(admin);
        var table = first.QuerySelector("table.data")!;
        var total = int.Parse(table.QuerySelector("caption")!.TextContent.Split(' ')[0], CultureInfo.InvariantCulture);
        var pages = (total + 49) / 50;
        var last = await ListAsync(admin, $"?p={pages}");

        Assert.True(total >= 120);
        Assert.Equal(50, References(first).Count);
        Assert.Equal(total - (pages - 1) * 50, References(last).Count);
        Assert.Contains($"page 1 sur {pages}", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Référence", "Immeuble", "Code postal", "Adresse", "Comptes vérifiés", "Importé le"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent).ToArray());
        var next = first.QuerySelector("nav[aria-label='Pages de la liste des baux'] a[rel=next]")!;
        Assert.Equal("?p=2#liste", next.GetAttribute("href"));
        Assert.Empty(References(first).Intersect(References(await ListAsync(admin, "?p=2"))));
        Assert.Equal(References(last), References(await ListAsync(admin, "?p=99999")));
    }

    [SkippableTheory]
    [InlineData("era-0001", new[] { "ERA-0001" })]
    [InlineData("érables", new[] { "ERA-0001", "ERA-0002" })]
    [InlineData("38990", new[] { "TIL-0001" })]
    [InlineData("RÉSIDENCE DES TIL", new[] { "TIL-0001" })]
    [InlineData("zzz", new string[0])]
    public async Task LeaseList_SearchedByReferenceBuildingOrPostcode_ShowsOnlyTheMatchingLeases(string search, string[] expected)
    {
        var agency = await factory.CreateAgencyAsync();
        await ImportAsync(agency, ["ERA-0001,Les Érables,38991", "ERA-0002,Les Érables,38991", "TIL-0001,Résidence des Tilleuls,38990"]);
        var admin = await ParticipationHarness.BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);

        var page = await ListAsync(admin, "?q=" + Uri.EscapeDataString(search));

        Assert.Equal(expected, References(page).Order().ToArray());
        Assert.Equal(search, page.QuerySelector("form[role=search] input[name=q]")!.GetAttribute("value"));
        if (expected.Length == 0)
            Assert.Contains($"Aucun bail correspondant à « {search} ».", Forms.Text(page.DocumentElement.OuterHtml), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task LeaseList_APageOfFifty_ReadsTheLeasesInAFixedNumberOfQueries()
    {
        var agency = await factory.CreateAgencyAsync();
        await ImportAsync(agency, Enumerable.Range(1, 60).Select(i => $"QRY-{i:000},Résidence Compte,38000"));
        var admin = await ParticipationHarness.BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        using var counter = new SqlCommandCounter(agency.Name);

        var best = int.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            counter.Reset();
            Assert.Equal(50, References(await ListAsync(admin)).Count);
            best = Math.Min(best, counter.Commands.Count(c => c.Contains("\"Leases\"", StringComparison.Ordinal)));
        }

        Assert.True(best <= 3, $"{best} queries read the leases");
    }
}

public sealed class LeaseListTestsOnSqlite(SqliteFactory factory) : LeaseListTests<SqliteFactory>(factory);

public sealed class LeaseListTestsOnPostgres(PostgresFactory factory) : LeaseListTests<PostgresFactory>(factory);
