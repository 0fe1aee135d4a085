using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Ngp.Core.Notifications;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration;

/// <summary>
/// What the pages of a signed-in person keep from one request to the next (issue 25) is never older than the
/// change that person or anyone on this node just made: each cache is read, changed, and read again here.
/// </summary>
public abstract class SignedInCacheTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public async Task Bell_NotificationWrittenAfterAPageWasRead_ShowsOnTheNextPage()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var userId = await agency.UserIdAsync(resident.Email);
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        Assert.Contains("Notifications (aucune non lue)", Forms.Text(await browser.GetStringAsync("")));

        await agency.NotifyAsync(new Notice { Event = "NewsPublished", Title = "Travaux de façade : le calendrier" }, Audience.Users(userId));
        Assert.Contains("Notifications 1 non lue", Forms.Text(await browser.GetStringAsync("")));
        await agency.NotifyAsync(new Notice { Event = "CommentReplied", Title = "Une réponse à votre commentaire" }, Audience.Users(userId));
        Assert.Contains("Notifications 2 non lues", Forms.Text(await browser.GetStringAsync("actualites")));
    }

    [SkippableFact]
    public async Task Bell_OneNotificationMarkedRead_ShowsTheLowerCountOnTheNextPage()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var userId = await agency.UserIdAsync(resident.Email);
        await agency.NotifyAsync(new Notice { Event = "NewsPublished", Title = "Première nouvelle" }, Audience.Users(userId));
        await agency.NotifyAsync(new Notice { Event = "NewsPublished", Title = "Seconde nouvelle" }, Audience.Users(userId));
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        Assert.Contains("Notifications 2 non lues", Forms.Text(await browser.GetStringAsync("")));

        var list = await resident.Api.GetFromJsonAsync<JsonElement>("api/v1/notifications");
        var first = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await resident.Api.PostAsync($"api/v1/notifications/{first}/read", null)).StatusCode);

        Assert.Contains("Notifications 1 non lue", Forms.Text(await browser.GetStringAsync("")));
    }

    [SkippableFact]
    public async Task Comment_EditedAfterItsAuthorReadThePage_ShowsTheNewTextOnTheirNextView()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Premier **jet** du texte"));
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        const string page = "projets/rehabilitation-de-la-residence-les-alpins";
        Assert.Contains("<strong>jet</strong>", Parser.ParseDocument(await browser.GetStringAsync(page)).QuerySelector($"#commentaire-{id}")!.InnerHtml);

        var edit = await resident.Api.PutAsJsonAsync($"api/v1/comments/{id}", new { body = "Version **corrigée** du texte", stance = "neutral" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var shown = Parser.ParseDocument(await browser.GetStringAsync(page)).QuerySelector($"#commentaire-{id}")!.InnerHtml;
        Assert.Contains("<strong>corrigée</strong>", shown);
        Assert.DoesNotContain("jet", shown);
    }
}

public sealed class SignedInCacheTestsOnSqlite(SqliteFactory factory) : SignedInCacheTests<SqliteFactory>(factory);

public sealed class SignedInCacheTestsOnPostgres(PostgresFactory factory) : SignedInCacheTests<PostgresFactory>(factory);
