using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Follows.Data;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration.Follows;

/// <summary>« Suivre » and « Ne plus suivre » on the pages, without JavaScript, and what one follows on the account page.</summary>
public sealed class FollowPagesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private const string ProjectPage = "projets/rehabilitation-de-la-residence-les-alpins";
    private const string MeetingPage = "reunions/reunion-publique-cour-de-la-cite-jardin";

    /// <summary>Submits the follow form found on <paramref name="page"/>, as a browser would, and follows the redirection back.</summary>
    private static async Task<HttpResponseMessage> PressAsync(HttpClient browser, string page, string buttonText)
    {
        var html = await browser.GetStringAsync(page);
        var form = new HtmlParser().ParseDocument(html).QuerySelectorAll("form[action$='participation/suivre']")
            .Single(f => f.QuerySelector("button")!.TextContent.Trim().StartsWith(buttonText, StringComparison.Ordinal));
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var posted = await browser.PostAsync("participation/suivre", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return await browser.GetAsync(posted.Headers.Location);
    }

    private static Task<List<string>> FollowsAsync(Agency agency, string email) => agency.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<NgpDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return await db.Set<Follow>().Where(f => f.UserId == user.Id).Select(f => f.ContentItemId).ToListAsync();
    });

    [Fact]
    public async Task FollowButton_OnAProject_FollowsAndTheAccountPageListsIt_ThenUnfollowsFromThere()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await ParticipationHarness.BrowserAsync(agency, resident.Email, resident.Password);

        var followed = await PressAsync(browser, ProjectPage, "Suivre");
        var page = Forms.Text(await followed.Content.ReadAsStringAsync());
        var account = Forms.Text(await browser.GetStringAsync("compte"));
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.EndsWith("/" + ProjectPage, followed.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Vous suivez « Réhabilitation de la résidence Les Alpins »", page, StringComparison.Ordinal);
        Assert.Contains("Ne plus suivre", page, StringComparison.Ordinal);
        Assert.Equal([ParticipationHarness.DemoProject], await FollowsAsync(agency, resident.Email));
        Assert.Contains("Ce que je suis Projet Réhabilitation de la résidence Les Alpins", account, StringComparison.Ordinal);

        var unfollowed = await PressAsync(browser, "compte", "Ne plus suivre");
        var after = Forms.Text(await unfollowed.Content.ReadAsStringAsync());
        Assert.EndsWith("/compte", unfollowed.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Vous ne suivez plus « Réhabilitation de la résidence Les Alpins »", after, StringComparison.Ordinal);
        Assert.Contains("Vous ne suivez rien pour le moment", after, StringComparison.Ordinal);
        Assert.Empty(await FollowsAsync(agency, resident.Email));
    }

    [Fact]
    public async Task FollowButton_OnAMeeting_Follows()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await ParticipationHarness.BrowserAsync(agency, resident.Email, resident.Password);

        var followed = await PressAsync(browser, MeetingPage, "Suivre");

        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Contains("Ne plus suivre", Forms.Text(await followed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single(await FollowsAsync(agency, resident.Email));
    }

    [Fact]
    public async Task Visitor_IsOfferedToSignInToFollow_AndCannotPostAFollow()
    {
        var agency = await factory.CreateAgencyAsync();
        var visitor = agency.Client();

        var html = await visitor.GetStringAsync(ProjectPage);
        var post = await visitor.PostAsync("participation/suivre", new FormUrlEncodedContent(new Dictionary<string, string> { ["item"] = ParticipationHarness.DemoProject }));

        var link = new HtmlParser().ParseDocument(html).QuerySelector("#suivre a")!;
        Assert.Equal("Connectez-vous pour suivre", link.TextContent);
        Assert.Contains("ReturnUrl=", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
    }
}
