using System.Net;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration.Comments;

/// <summary>« Signaler » on a project page, without JavaScript.</summary>
public sealed class ReportPagesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private const string ProjectPage = "projets/rehabilitation-de-la-residence-les-alpins";

    /// <summary>Submits the first report form of the page, as a browser would, and follows the redirection back.</summary>
    private static async Task<string> ReportFirstCommentAsync(HttpClient browser)
    {
        var html = await browser.GetStringAsync(ProjectPage);
        var form = new HtmlParser().ParseDocument(html).QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=report", StringComparison.Ordinal));
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["reason"] = "spam";
        var posted = await browser.PostAsync(new Uri(browser.BaseAddress!, form.GetAttribute("action")), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return Forms.Text(await browser.GetStringAsync(posted.Headers.Location));
    }

    [Fact]
    public async Task ReportButton_PressedTwiceOnOneComment_ThanksOnceThenSaysItIsAlreadyReported()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await ParticipationHarness.BrowserAsync(agency, resident.Email, resident.Password);

        var first = await ReportFirstCommentAsync(browser);
        var second = await ReportFirstCommentAsync(browser);

        Assert.Contains("Merci : votre signalement est transmis aux modérateurs.", first, StringComparison.Ordinal);
        Assert.Contains("Vous avez déjà signalé ce commentaire : les modérateurs l'examinent.", second, StringComparison.Ordinal);
        Assert.DoesNotContain("votre signalement est transmis", second, StringComparison.Ordinal);
    }
}
