using System.Net;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The head office's own site: its menu shows what it has, and residents are sent to register on their agency.</summary>
public sealed class HeadOfficeSiteTests
{
    private static async Task<HttpResponseMessage> FindAsync(HttpClient headOffice, string search) =>
        await Forms.SubmitAsync(headOffice, "compte/trouver-mon-agence", new Dictionary<string, string> { ["Search"] = search });

    private static IReadOnlyList<string> Links(string html, string selector) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task FindMyAgency_ByALeaseOfOneAgency_SendsToItsRegistrationWithTheLeaseTyped()
    {
        await using var factory = new SqliteFactory();
        await factory.CreateAgencyAsync();
        var agency = await factory.CreateAgencyAsync();
        var csv = new StringContent("leaseReference,building,postcode\nSUD-4512,Bât. Z,38690\n", System.Text.Encoding.UTF8, "text/csv");
        Assert.True((await (await agency.AdminAsync()).PostAsync("api/v1/leases", csv)).IsSuccessStatusCode);
        var headOffice = factory.ClientFor("");

        var found = await FindAsync(headOffice, " sud-4512 ");
        var form = await agency.Client().GetStringAsync(found.Headers.Location!.OriginalString[(agency.PathBase.Length + 1)..]);

        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"{agency.PathBase}/compte/inscription?bail=SUD-4512", found.Headers.Location!.OriginalString);
        Assert.Equal("SUD-4512", new HtmlParser().ParseDocument(form).QuerySelector("input[name='Input.LeaseReference']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task FindMyAgency_ByAPostcodeOrAnUnknownReference_SendsToTheAgencyOrListsThemToChooseFrom()
    {
        await using var factory = new SqliteFactory();
        var first = await factory.CreateAgencyAsync();
        var second = await factory.CreateAgencyAsync();
        var csv = new StringContent("leaseReference,building,postcode\nSUD-4512,Bât. Z,38690\n", System.Text.Encoding.UTF8, "text/csv");
        Assert.True((await (await second.AdminAsync()).PostAsync("api/v1/leases", csv)).IsSuccessStatusCode);
        var headOffice = factory.ClientFor("");

        var sharedPostcode = await (await FindAsync(headOffice, "38000")).Content.ReadAsStringAsync();
        var ownPostcode = await FindAsync(headOffice, "38690");
        var unknown = await FindAsync(headOffice, "INCONNU-1");
        var unknownHtml = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(new[] { first, second }.Select(a => $"{a.PathBase}/compte/inscription").Order(), Links(sharedPostcode, ".agency-choice a").Order());
        Assert.Equal($"{second.PathBase}/compte/inscription", ownPostcode.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Choisissez votre agence", unknownHtml, StringComparison.Ordinal);
        Assert.Equal(new[] { first, second }.Select(a => $"{a.PathBase}/compte/inscription?bail=INCONNU-1").Order(), Links(unknownHtml, ".agency-choice a").Order());
    }

    [Fact]
    public async Task Registration_OnTheHeadOffice_LeadsToFindMyAgency_AndAnAgencysFormStaysItsOwn()
    {
        await using var factory = new SqliteFactory();
        var agency = await factory.CreateAgencyAsync();

        var onHeadOffice = await factory.ClientFor("").GetAsync("compte/inscription");
        var onAgency = await agency.Client().GetAsync("compte/inscription");

        Assert.Equal(HttpStatusCode.Redirect, onHeadOffice.StatusCode);
        Assert.Equal("/compte/trouver-mon-agence", onHeadOffice.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, onAgency.StatusCode);
    }

    [Fact]
    public async Task Menu_OfTheHeadOffice_ShowsWhatItHas_AndAnAgencysShowsItsOwn()
    {
        await using var factory = new SqliteFactory();
        var agency = await factory.CreateAgencyAsync();

        var headOffice = Links(await factory.ClientFor("").GetStringAsync(""), "nav .nav a");
        var agencyMenu = Links(await agency.Client().GetStringAsync(""), "nav .nav a");

        Assert.Equal(["/", "/actualites", "/plan-d-actions", "/bonnes-pratiques/toutes-les-agences", "/agences", "/compte/connexion", "/compte/inscription"], headOffice);
        Assert.Contains($"{agency.PathBase}/projets", agencyMenu);
        Assert.Contains($"{agency.PathBase}/reunions", agencyMenu);
        Assert.DoesNotContain($"{agency.PathBase}/bonnes-pratiques/toutes-les-agences", agencyMenu);
    }
}
