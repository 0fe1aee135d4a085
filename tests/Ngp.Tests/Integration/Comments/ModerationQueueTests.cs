using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Comments;

/// <summary>The moderators' queue leads to each comment in its page, offers the safe answer first, and the alert e-mail leads to the queue.</summary>
public abstract class ModerationQueueTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory, INotificationFactory
{
    private const string Moderator = "moderation@ngp.local";

    private const string ProjectPage = "projets/rehabilitation-de-la-residence-les-alpins";

    private static readonly HtmlParser Parser = new();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static IElement Entry(string html, long id) =>
        Parser.ParseDocument(html).QuerySelector($"section.queue-item[aria-labelledby='commentaire-{Id(id)}']")
        ?? throw new Xunit.Sdk.XunitException($"Comment {id} is not in the queue.");

    private static string Primary(IElement entry) =>
        Assert.Single(entry.QuerySelectorAll("button.primary")).ChildNodes.OfType<IText>().First().Text.Trim();

    private static IReadOnlyList<string> Secondary(IElement entry) =>
        entry.QuerySelectorAll("button:not(.primary)").Select(b => b.ChildNodes.OfType<IText>().First().Text.Trim()).ToList();

    private static async Task ReportAsync(Agency agency, long id, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var reporter = await agency.CreateResidentAsync();
            Assert.Equal(HttpStatusCode.OK, (await reporter.Api.PostAsJsonAsync($"api/v1/comments/{id}/report", new { reason = "offensive" })).StatusCode);
        }
    }

    [SkippableFact]
    public async Task ModerationQueue_ReportedComment_LinksToTheCommentInItsPage()
    {
        var agency = await factory.CreateAgencyAsync();
        var author = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Un avis signalé une fois."));
        await ReportAsync(agency, id, 1);
        var moderator = await BrowserAsync(agency, Moderator, NgpFactory.AdminPassword);

        var link = Assert.Single(Entry(await moderator.GetStringAsync("admin/moderation"), id).QuerySelectorAll("a[href]"));

        Assert.Equal($"{agency.PathBase}/{ProjectPage}?commentaire={Id(id)}#commentaire-{Id(id)}", link.GetAttribute("href"));
        Assert.Contains("Réhabilitation", link.TextContent, StringComparison.Ordinal);
        var page = await moderator.GetStringAsync($"{ProjectPage}?commentaire={Id(id)}");
        Assert.NotNull(Parser.ParseDocument(page).GetElementById($"commentaire-{Id(id)}"));
    }

    [SkippableFact]
    public async Task ModerationQueue_EachState_OffersTheSafeOrUsualAnswerAsPrimaryAndRestoreAsSecondary()
    {
        var agency = await factory.CreateAgencyAsync();
        var author = await agency.CreateResidentAsync();
        var reported = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Signalé une fois."));
        var hiddenByReports = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Signalé trois fois."));
        await ReportAsync(agency, reported, 1);
        await ReportAsync(agency, hiddenByReports, 3);
        var moderator = await BrowserAsync(agency, Moderator, NgpFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(moderator, "admin/moderation", new Dictionary<string, string> { ["PreModeration"] = "true" }, handler: "Settings")).StatusCode);
        var waiting = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "En attente de validation."));

        var html = await moderator.GetStringAsync("admin/moderation");

        Assert.Equal("Masquer", Primary(Entry(html, reported)));
        Assert.Contains("Laisser visible", Secondary(Entry(html, reported)));
        Assert.Equal("Confirmer le masquage", Primary(Entry(html, hiddenByReports)));
        Assert.Contains("Rétablir", Secondary(Entry(html, hiddenByReports)));
        Assert.Equal("Valider", Primary(Entry(html, waiting)));
        Assert.Contains("Refuser", Secondary(Entry(html, waiting)));
        Assert.DoesNotContain(Parser.ParseDocument(html).QuerySelectorAll("button.primary"), b => b.TextContent.Contains("Rétablir", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Report_OfAComment_MailsTheModeratorsALinkToTheQueueNotToTheProject()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        await agency.ChooseFrequencyAsync(await agency.UserIdAsync(Moderator), "immediate");
        var author = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Un avis à relire."));

        await ReportAsync(agency, id, 1);
        await agency.SettleAsync();
        await agency.SendMailAsync();

        var alert = Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == Moderator) && m.Subject == "Un commentaire a été signalé");
        Assert.Contains($"{agency.PathBase}/admin/moderation#commentaire-{Id(id)}", alert.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(ProjectPage, alert.TextBody, StringComparison.Ordinal);
    }
}

public sealed class ModerationQueueTestsOnSqlite(NotificationSqliteFactory factory) : ModerationQueueTests<NotificationSqliteFactory>(factory);

public sealed class ModerationQueueTestsOnPostgres(NotificationPostgresFactory factory) : ModerationQueueTests<NotificationPostgresFactory>(factory);
