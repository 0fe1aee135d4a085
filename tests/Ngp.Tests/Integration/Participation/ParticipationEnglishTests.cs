using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration.Participation;

/// <summary>The participation pages through the language switch (the culture cookie), as an English-speaking resident reads them.</summary>
public sealed class ParticipationEnglishTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task ProjectAndActionPlanPages_InEnglish_ShowTheEnglishInterface()
    {
        var agency = await factory.CreateAgencyAsync();
        var browser = agency.Client(followRedirects: true);

        var project = await browser.GetStringAsync("langue?culture=en-GB&returnUrl=/projets/rehabilitation-de-la-residence-les-alpins");
        var page = new HtmlParser().ParseDocument(project);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Road map", page.QuerySelector("#feuille-de-route")!.TextContent);
        Assert.Contains("1. The stakeholders", Forms.Text(project));
        Assert.Contains("Current stage: During the works", Forms.Text(project));
        Assert.Equal("Projects", page.QuerySelector("nav a[href$='/projets']")!.TextContent);

        var plan = new HtmlParser().ParseDocument(await browser.GetStringAsync("plan-d-actions"));
        Assert.Equal("Progress per ambition", plan.QuerySelector("#avancement")!.TextContent);
        Assert.Contains(plan.QuerySelectorAll("#tableau-ambitions thead th"), th => th.TextContent == "In progress");

        var french = await browser.GetStringAsync("langue?culture=fr-FR&returnUrl=/plan-d-actions");
        Assert.Contains("Avancement par ambition", french);
    }

    [Fact]
    public async Task CommentActions_InEnglish_NameTheAuthorTheyReplyTo()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await ParticipationHarness.BrowserAsync(agency, resident.Email, resident.Password);

        await browser.GetAsync("langue?culture=en-GB&returnUrl=/projets/rehabilitation-de-la-residence-les-alpins");
        var page = new HtmlParser().ParseDocument(await browser.GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins"));

        var reply = page.QuerySelector(".comment-actions a[href*='parent=']")!;
        Assert.StartsWith("Reply to ", reply.TextContent.Trim());
    }
}
