using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration;

/// <summary>The admin home page shows what waits for the person, by their permissions, each with its count and the page that handles it.</summary>
public abstract class AdminHomeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory, INotificationFactory
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Each tile's label, with its count and address.</summary>
    private static async Task<IReadOnlyDictionary<string, (int Count, string Href)>> TilesAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        return document.QuerySelectorAll(".pending-work a").ToDictionary(
            a => a.TextContent.Replace(a.QuerySelector(".pending-count")!.TextContent, "", StringComparison.Ordinal).Trim(),
            a => (int.Parse(a.QuerySelector(".pending-count")!.TextContent, CultureInfo.InvariantCulture), a.GetAttribute("href")!));
    }

    private static int CountOf(IReadOnlyDictionary<string, (int Count, string Href)> tiles, string singular, string plural) =>
        tiles.TryGetValue(singular, out var one) ? one.Count : tiles.TryGetValue(plural, out var many) ? many.Count : 0;

    [SkippableFact]
    public async Task AdminHome_ForAModerator_ShowsNothingWaitingThenTheCommentsToModerateWithALinkToTheQueue()
    {
        var agency = await factory.CreateAgencyAsync();
        var moderator = await BrowserAsync(agency, "moderation@ngp.local", NgpFactory.AdminPassword);
        Assert.Contains("Rien en attente.", Forms.Text(await moderator.GetStringAsync("admin")), StringComparison.Ordinal);
        var author = await agency.CreateResidentAsync();
        var reporter = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Un avis à relire."));

        Assert.Equal(HttpStatusCode.OK, (await reporter.Api.PostAsJsonAsync($"api/v1/comments/{id}/report", new { reason = "spam" })).StatusCode);
        var tiles = await TilesAsync(moderator);

        var (label, (count, href)) = Assert.Single(tiles);
        Assert.Equal(("commentaire à modérer", 1, $"{agency.PathBase}/admin/moderation"), (label, count, href));
        Assert.DoesNotContain("Rien en attente", Forms.Text(await moderator.GetStringAsync("admin")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AdminHome_ForTheAdministrator_CountsSubmissionsMeetingsWithoutSynthesisAndFailedEmails()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Refused["inconnu@exemple.test"] = true;
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var admin = await agency.AdminAsync();
        var browser = await BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        var before = await TilesAsync(browser);

        var created = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title = "Nouveaux horaires de la loge", parts = new { Summary = new { text = "La loge ouvre à 8 h." } } });
        var draft = (await JsonAsync(created)).GetProperty("id").GetString();
        Assert.True((await admin.PostAsync($"api/v1/content/{draft}/submit", null)).IsSuccessStatusCode);
        await MeetingsApi.PublishMeetingAsync(admin, "Atelier sans synthèse", factory.Clock.GetUtcNow().AddHours(1));
        factory.Clock.Advance(TimeSpan.FromHours(4));
        await agency.NotifyAsync(new Notice { Event = "ProjectPhaseChanged", Title = "Travaux", Url = "projets/x" }, new Audience { Emails = ["inconnu@exemple.test"] });
        await agency.SendMailAsync();
        // The meetings' calendar is written by the consumer of their events: let it catch up before counting.
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        var after = await TilesAsync(browser);

        Assert.Equal(CountOf(before, "contenu à valider", "contenus à valider") + 1, CountOf(after, "contenu à valider", "contenus à valider"));
        Assert.Equal(CountOf(before, "réunion passée sans synthèse", "réunions passées sans synthèse") + 1, CountOf(after, "réunion passée sans synthèse", "réunions passées sans synthèse"));
        Assert.Equal(CountOf(before, "e-mail en erreur (abandonné)", "e-mails en erreur (abandonnés)") + 1, CountOf(after, "e-mail en erreur (abandonné)", "e-mails en erreur (abandonnés)"));
        string[] pages = ["admin/contenus/a-valider", "admin/reunions", "admin/notifications/envoi?statut=Dead"];
        foreach (var page in pages)
            Assert.Contains(after.Values, t => t.Href == $"{agency.PathBase}/{page}");
        Assert.Equal(pages.Length + (after.Values.Any(t => t.Href.EndsWith("admin/moderation", StringComparison.Ordinal)) ? 1 : 0), after.Count);
    }
}

public sealed class AdminHomeTestsOnSqlite(NotificationSqliteFactory factory) : AdminHomeTests<NotificationSqliteFactory>(factory);

public sealed class AdminHomeTestsOnPostgres(NotificationPostgresFactory factory) : AdminHomeTests<NotificationPostgresFactory>(factory);
