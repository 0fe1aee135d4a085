using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Comments;
using Ngp.Comments.Data;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Comments;

public abstract class CommentTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public async Task DemoProject_Page_ShowsPhasesRoadMapAndCommentsWithTheirProposal()
    {
        var agency = await factory.CreateAgencyAsync();
        var page = await agency.Client().GetAsync("projets/rehabilitation-de-la-residence-les-alpins");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var text = Forms.Text(html);
        Assert.Contains("Pendant les travaux", text);
        Assert.Contains("Comité de résidence des Alpins", text);
        Assert.Contains("Commencer à 9 h le samedi", text);
        var document = Parser.ParseDocument(html);
        Assert.Contains("2 soutien(s)", document.QuerySelector(".proposal")!.TextContent);
        Assert.NotNull(document.QuerySelector("svg[role=img] title"));
    }

    [SkippableFact]
    public async Task Objection_WithoutProposal_IsRefusedWithAFrenchMessageThroughApiAndPage()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        var api = await CommentAsync(resident.Api, DemoProject, "Je suis contre ce calendrier.", "against");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        var problem = await JsonAsync(api);
        Assert.Equal(Ngp.Comments.ObjectionRule.Message, problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("proposal", out _));

        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        var form = await browser.GetStringAsync($"participation/commenter?item={DemoProject}");
        Assert.Contains("Votre proposition", Forms.Text(form));
        var refused = await Forms.SubmitAsync(browser, $"participation/commenter?item={DemoProject}", new Dictionary<string, string>
        {
            ["Input.Item"] = DemoProject, ["Input.Stance"] = "against", ["Input.Body"] = "Je suis contre ce calendrier.", ["Input.Proposal"] = "",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = Forms.Errors(await refused.Content.ReadAsStringAsync());
        Assert.Contains(errors, e => e.Contains("proposition", StringComparison.Ordinal));

        var accepted = await Forms.SubmitAsync(browser, $"participation/commenter?item={DemoProject}", new Dictionary<string, string>
        {
            ["Input.Item"] = DemoProject, ["Input.Stance"] = "against", ["Input.Body"] = "Je suis contre ce calendrier.", ["Input.Proposal"] = "Décaler les travaux à septembre.",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var page = await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins");
        Assert.Contains("Décaler les travaux à septembre.", Forms.Text(page));
        var thread = await JsonAsync(await agency.Client().GetAsync($"api/v1/content/{DemoProject}/comments"));
        Assert.Equal(1, thread.GetProperty("items").EnumerateArray().Count(c => c.GetProperty("proposal").GetString() == "Décaler les travaux à septembre."));
    }

    [SkippableFact]
    public async Task ItemPage_WithMoreThreadsThanAPage_ShowsThemPageByPage_AndAPostedReplyLandsOnItsThreadsPage()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            var author = db.Users.Select(u => u.Id).First();
            for (var i = 0; i < 45; i++)
                db.Add(new Comment { ContentItemId = DemoProject, AuthorId = author, Stance = "for", Body = $"Fil n° {i}", CreatedUtc = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        // The API still gives the whole thread: its order is the pages' order.
        var whole = await JsonAsync(await agency.Client().GetAsync($"api/v1/content/{DemoProject}/comments"));
        var all = whole.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToList();
        Assert.True(all.Count > 45, $"{all.Count} threads");
        var pageCount = (all.Count + 19) / 20;
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        const string item = "projets/rehabilitation-de-la-residence-les-alpins";

        var first = Parser.ParseDocument(await browser.GetStringAsync(item));
        Assert.Equal(all.Take(20), Threads(first));
        Assert.Contains($"Page 1 sur {pageCount}", first.QuerySelector("nav.pagination")!.TextContent);
        Assert.Equal("?commentaires=2#commentaires", first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("nav.pagination a[rel=prev]"));
        Assert.Contains($"({whole.GetProperty("total").GetInt32()})", first.QuerySelector("#commentaires-titre")!.TextContent); // every comment, on all pages

        var second = Parser.ParseDocument(await browser.GetStringAsync(item + "?commentaires=2"));
        Assert.Equal(all.Skip(20).Take(20), Threads(second));
        Assert.Equal("2", second.QuerySelector("nav.pagination a[aria-current=page]")!.TextContent.Replace("Page", "").Trim());
        Assert.Equal(all.Skip((pageCount - 1) * 20), Threads(Parser.ParseDocument(await browser.GetStringAsync(item + "?commentaires=999"))));
        Assert.Equal(all.Take(20), Threads(Parser.ParseDocument(await browser.GetStringAsync(item + "?commentaires=abc"))));

        // Replying to a thread of page 2 brings the author back to page 2, where the reply is shown.
        var parent = all[25];
        var posted = await Forms.SubmitAsync(browser, $"participation/commenter?item={DemoProject}&parent={parent}", new Dictionary<string, string>
        {
            ["Input.Item"] = DemoProject, ["Input.Parent"] = parent.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Stance"] = "neutral", ["Input.Body"] = "Réponse au fil de la page 2",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Contains("?commentaire=", location);
        var landed = Parser.ParseDocument(await browser.GetStringAsync(location.Split('#')[0]));
        Assert.Equal(all.Skip(20).Take(20), Threads(landed));
        var reply = landed.QuerySelector(location[location.IndexOf('#')..])!;
        Assert.Contains("Réponse au fil de la page 2", reply.TextContent);
        Assert.Equal($"commentaire-{parent}", reply.ParentElement!.Closest("li.comment")!.Id);
    }

    private static IEnumerable<long> Threads(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("ol.comment-list > li.comment").Select(li => long.Parse(li.Id!["commentaire-".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [SkippableFact]
    public async Task Reply_BeyondTheThirdLevel_IsRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var first = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Niveau 1"));
        var second = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Niveau 2", parentId: first));
        var third = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Niveau 3", parentId: second));

        var fourth = await CommentAsync(resident.Api, DemoProject, "Niveau 4", parentId: third);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, fourth.StatusCode);
        Assert.Contains("troisième niveau", await ProblemTitleAsync(fourth));
        var thread = await JsonAsync(await agency.Client().GetAsync($"api/v1/content/{DemoProject}/comments"));
        var root = thread.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == first);
        var level3 = root.GetProperty("replies")[0].GetProperty("replies")[0];
        Assert.Equal("Niveau 3", level3.GetProperty("body").GetString());
        Assert.Equal(0, level3.GetProperty("replies").GetArrayLength());
    }

    [SkippableFact]
    public async Task Report_ByThreePeople_HidesTheCommentUntilAModeratorRestoresIt()
    {
        var agency = await factory.CreateAgencyAsync();
        var author = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Un commentaire contesté"));
        for (var i = 0; i < 3; i++)
        {
            var reporter = await agency.CreateResidentAsync();
            var report = await reporter.Api.PostAsJsonAsync($"api/v1/comments/{id}/report", new { reason = "offensive" });
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            var again = await reporter.Api.PostAsJsonAsync($"api/v1/comments/{id}/report", new { reason = "spam" });
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        Assert.DoesNotContain("Un commentaire contesté", await agency.Client().GetStringAsync($"api/v1/content/{DemoProject}/comments"));
        Assert.DoesNotContain("Un commentaire contesté", await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins"));

        var moderator = await factory.TokenClientAsync(agency.PathBase, "moderation@ngp.local", NgpFactory.AdminPassword);
        var queue = await ParticipationHarness.BrowserAsync(agency, "moderation@ngp.local", NgpFactory.AdminPassword);
        Assert.Contains("Un commentaire contesté", await queue.GetStringAsync("admin/moderation"));
        var forbidden = await author.Api.PostAsJsonAsync($"api/v1/comments/{id}/moderate", new { action = "restore" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var restore = await moderator.PostAsJsonAsync($"api/v1/comments/{id}/moderate", new { action = "restore" });
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);

        Assert.Contains("Un commentaire contesté", await agency.Client().GetStringAsync($"api/v1/content/{DemoProject}/comments"));
        var events = await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<NgpDbContext>().OutboxMessages.Select(m => m.Type).ToList()));
        Assert.Equal(3, events.Count(t => t == nameof(CommentReported)));
        Assert.Single(events, t => t == nameof(CommentHidden));
    }

    [SkippableFact]
    public async Task PreModeration_On_KeepsNewCommentsFromThePublicUntilAModeratorApproves()
    {
        var agency = await factory.CreateAgencyAsync();
        var moderator = await ParticipationHarness.BrowserAsync(agency, "moderation@ngp.local", NgpFactory.AdminPassword);
        var turnOn = await Forms.SubmitAsync(moderator, "admin/moderation", new Dictionary<string, string> { ["PreModeration"] = "true" }, handler: "Settings");
        Assert.Equal(HttpStatusCode.Redirect, turnOn.StatusCode);
        var resident = await agency.CreateResidentAsync();

        var id = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "En attente de relecture"));

        Assert.DoesNotContain("En attente de relecture", await agency.Client().GetStringAsync($"api/v1/content/{DemoProject}/comments"));
        Assert.Contains("En attente de relecture", await resident.Api.GetStringAsync($"api/v1/content/{DemoProject}/comments"));
        var queue = await moderator.GetStringAsync("admin/moderation");
        Assert.Contains("En attente de relecture", queue);
        var approve = await Forms.SubmitAsync(moderator, "admin/moderation", new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, handler: "Restore");
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains("En attente de relecture", await agency.Client().GetStringAsync($"api/v1/content/{DemoProject}/comments"));
    }

    [SkippableFact]
    public async Task Author_EditsAndDeletesOwnComment_OthersCannot()
    {
        var agency = await factory.CreateAgencyAsync();
        var author = await agency.CreateResidentAsync();
        var other = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Premier jet"));

        var foreign = await other.Api.PutAsJsonAsync($"api/v1/comments/{id}", new { body = "Piraté", stance = "for" });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        var edit = await author.Api.PutAsJsonAsync($"api/v1/comments/{id}", new { body = "Version corrigée", stance = "for" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var page = Parser.ParseDocument(await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins"));
        var shown = page.QuerySelector($"#commentaire-{id}")!.TextContent;
        Assert.Contains("Version corrigée", shown);
        Assert.Contains("(modifié)", shown);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.Api.DeleteAsync($"api/v1/comments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await author.Api.DeleteAsync($"api/v1/comments/{id}")).StatusCode);
        Assert.DoesNotContain("Version corrigée", await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins"));
    }

    [SkippableFact]
    public async Task Proposal_SupportedTwiceBySamePerson_CountsOnce()
    {
        var agency = await factory.CreateAgencyAsync();
        var author = await agency.CreateResidentAsync();
        var supporter = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Contre le bruit", "against", "Des travaux bruyants seulement l'après-midi."));

        var twice = await Task.WhenAll(supporter.Api.PostAsync($"api/v1/comments/{id}/support", null), supporter.Api.PostAsync($"api/v1/comments/{id}/support", null));
        Assert.Single(twice, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(twice, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await author.Api.PostAsync($"api/v1/comments/{id}/support", null)).StatusCode);
        var thread = await JsonAsync(await agency.Client().GetAsync($"api/v1/content/{DemoProject}/comments"));
        Assert.Equal(1, thread.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == id).GetProperty("supports").GetInt32());
    }

    [SkippableFact]
    public async Task Comment_WithScriptInMarkdown_IsSanitized()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "**Important** <script>alert(1)</script> [lien](javascript:alert(2))"));
        var html = await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("javascript:alert", html);
        Assert.Contains("<strong>Important</strong>", html);
    }
}

public sealed class CommentTestsOnSqlite(SqliteFactory factory) : CommentTests<SqliteFactory>(factory);

public sealed class CommentTestsOnPostgres(PostgresFactory factory) : CommentTests<PostgresFactory>(factory);
