using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Comments;
using Ngp.Comments.Data;
using Ngp.Contents.Definitions;
using Ngp.Core.Data;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Comments;

/// <summary>
/// What a content type allows of comments (the Commentable part's settings and the Reportable part), as residents
/// meet it on the item's page, through the API, and in what is stored.
/// </summary>
public abstract class CommentPolicyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private const string ProjectPage = "projets/rehabilitation-de-la-residence-les-alpins";
    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public async Task Comments_ClosedOnTheType_ShowNoFormAndRefuseAPostWithAFrenchMessage_StoringNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await SetProjectAsync(agency, new JsonObject { ["open"] = false });
        var before = await CountAsync(agency);

        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        var page = Parser.ParseDocument(await browser.GetStringAsync(ProjectPage));
        Assert.Null(page.QuerySelector("form.comment-form"));
        Assert.Contains(CommentPolicy.ClosedMessage, page.QuerySelector("#commentaires")!.TextContent);
        Assert.Contains("Commencer à 9 h le samedi", page.QuerySelector("#commentaires")!.TextContent);

        var api = await CommentAsync(resident.Api, DemoProject, "Encore un mot.");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(CommentPolicy.ClosedMessage, await ProblemTitleAsync(api));
        var form = await Forms.SubmitAsync(browser, $"participation/commenter?item={DemoProject}", new Dictionary<string, string>
        {
            ["Input.Item"] = DemoProject, ["Input.Stance"] = "neutral", ["Input.Body"] = "Encore un mot.",
        });
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        var refused = Parser.ParseDocument(await form.Content.ReadAsStringAsync());
        Assert.Contains(CommentPolicy.ClosedMessage, refused.Body!.TextContent);
        Assert.Null(refused.QuerySelector("form.comment-form"));
        Assert.Equal(before, await CountAsync(agency));
    }

    [SkippableFact]
    public async Task Stances_OffOnTheType_HideThePositionAndStoreANeutralCommentWithoutProposal()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await SetProjectAsync(agency, new JsonObject { ["stances"] = false });

        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        var page = Parser.ParseDocument(await browser.GetStringAsync(ProjectPage));
        var form = page.QuerySelector("form.comment-form")!;
        Assert.Null(form.QuerySelector("[name='Input.Stance']"));
        Assert.Null(form.QuerySelector("[name='Input.Proposal']"));
        Assert.Empty(page.QuerySelectorAll("#commentaires .stance"));

        // An API client that still sends a position and no proposal: no objection to check, the comment is neutral.
        var posted = await CommentAsync(resident.Api, DemoProject, "Je préfère les volets bleus.", "against", proposal: "Des volets bleus.");
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = await CommentIdAsync(posted);
        var stored = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Comment>().AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("neutral", (string?)null), (stored.Stance, stored.Proposal));
    }

    [SkippableFact]
    public async Task PreModeration_OnTheType_HidesANewCommentFromOthersUntilApproved_AndShowsItToItsAuthorAsWaiting()
    {
        var agency = await factory.CreateAgencyAsync();
        var author = await agency.CreateResidentAsync();
        var neighbour = await agency.CreateResidentAsync();
        await SetProjectAsync(agency, new JsonObject { ["preModeration"] = true });

        var posted = await CommentAsync(author.Api, DemoProject, "Un local à vélos, enfin ?");
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("Pending", (await JsonAsync(posted)).GetProperty("status").GetString());
        var id = await CommentIdAsync(posted);

        Assert.DoesNotContain("Un local à vélos, enfin ?", Forms.Text(await agency.Client().GetStringAsync(ProjectPage)));
        Assert.DoesNotContain("Un local à vélos, enfin ?", Forms.Text(await (await BrowserAsync(agency, neighbour.Email, neighbour.Password)).GetStringAsync(ProjectPage)));
        var mine = Parser.ParseDocument(await (await BrowserAsync(agency, author.Email, author.Password)).GetStringAsync(ProjectPage)).GetElementById($"commentaire-{id}");
        Assert.NotNull(mine);
        Assert.Contains("En attente de modération", mine.TextContent);

        var admin = await agency.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"api/v1/comments/{id}/moderate", new { action = "restore" })).StatusCode);
        Assert.Contains("Un local à vélos, enfin ?", Forms.Text(await agency.Client().GetStringAsync(ProjectPage)));
    }

    [SkippableFact]
    public async Task Report_OnATypeWithoutReportable_IsRefusedWithAFrenchMessageAndStoresNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var author = await agency.CreateResidentAsync();
        var reporter = await agency.CreateResidentAsync();
        await SetProjectAsync(agency, settings: null, reportable: false);
        var id = await CommentIdAsync(await CommentAsync(author.Api, DemoProject, "Rien à signaler ici."));

        var browser = await BrowserAsync(agency, reporter.Email, reporter.Password);
        var page = Parser.ParseDocument(await browser.GetStringAsync(ProjectPage));
        Assert.Null(page.QuerySelector($"form[action*='handler=report&id={id}']"));
        var api = await reporter.Api.PostAsJsonAsync($"api/v1/comments/{id}/report", new { reason = "spam" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        Assert.Equal(CommentPolicy.NotReportable, await ProblemTitleAsync(api));
        var token = await Forms.AntiforgeryTokenAsync(browser, ProjectPage);
        var form = await browser.PostAsync($"participation/commenter?handler=report&id={id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "spam", [Forms.TokenField] = token }));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains(CommentPolicy.NotReportable, await form.Content.ReadAsStringAsync());
        Assert.Equal(0, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<CommentReport>().CountAsync(r => r.CommentId == id)));
    }

    [SkippableFact]
    public async Task ObjectionRule_ItsOneMessage_ComesFromTheApiThePageAndMeetingClosing()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        var api = await CommentAsync(resident.Api, DemoProject, "Je suis contre.", "against");
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        var page = await Forms.SubmitAsync(browser, $"participation/commenter?item={DemoProject}", new Dictionary<string, string>
        {
            ["Input.Item"] = DemoProject, ["Input.Stance"] = "against", ["Input.Body"] = "Je suis contre.", ["Input.Proposal"] = "",
        });
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Réunion d'objections", TimeProvider.System.GetUtcNow().AddHours(-3));
        var closing = await admin.PostAsJsonAsync($"api/v1/meetings/{meeting}/close", new
        {
            summary = "Résumé",
            said = "Dit",
            decisions = "Décidé",
            objections = new[] { new { objection = "Je ne suis pas d'accord.", proposal = "" } },
        });

        Assert.Equal(ObjectionRule.Message, await ProblemTitleAsync(api));
        Assert.Contains(ObjectionRule.Message, Forms.Errors(await page.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closing.StatusCode);
        Assert.Equal([ObjectionRule.Message], (await JsonAsync(closing)).GetProperty("errors").GetProperty("Objections").EnumerateArray().Select(e => e.GetString()));
    }

    [SkippableFact]
    public async Task AdminTypePage_UntickingOpen_ClosesCommentsOnTheTypesItems()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        var before = Parser.ParseDocument(await admin.GetStringAsync("admin/types/Project"));
        Assert.NotNull(before.QuerySelector("input[name=on][value=open]:checked"));
        Assert.Null(before.QuerySelector("input[name=on][value=preModeration]:checked"));

        var saved = await Forms.SubmitAsync(admin, "admin/types/Project", new Dictionary<string, string> { ["on"] = "stances" }, handler: "PartSettings&part=Commentable");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = Parser.ParseDocument(await admin.GetStringAsync("admin/types/Project"));
        Assert.Null(after.QuerySelector("input[name=on][value=open]:checked"));
        Assert.NotNull(after.QuerySelector("input[name=on][value=stances]:checked"));
        var project = Parser.ParseDocument(await admin.GetStringAsync(ProjectPage));
        Assert.Null(project.QuerySelector("form.comment-form"));
        Assert.Contains(CommentPolicy.ClosedMessage, project.QuerySelector("#commentaires")!.TextContent);
    }

    /// <summary>Sets the project type's Commentable settings (null: its defaults), with or without the Reportable part.</summary>
    private static Task SetProjectAsync(Agency agency, JsonObject? settings, bool reportable = true) => agency.InScopeAsync(async sp =>
    {
        var store = sp.GetRequiredService<ContentDefinitionStore>();
        var type = (await store.FindAsync("Project"))!;
        var parts = type.Parts
            .Where(p => reportable || p.Name != ReportablePart.PartName)
            .Select(p => p.Name == CommentablePart.PartName ? p with { Settings = settings } : p)
            .ToList();
        var saved = await store.SaveAsync(type with { Parts = parts });
        Assert.True(saved.IsOk, saved.Message);
        return saved;
    });

    private static Task<int> CountAsync(Agency agency) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Comment>().CountAsync(c => c.ContentItemId == DemoProject));
}

public sealed class CommentPolicyTestsOnSqlite(SqliteFactory factory) : CommentPolicyTests<SqliteFactory>(factory);

public sealed class CommentPolicyTestsOnPostgres(PostgresFactory factory) : CommentPolicyTests<PostgresFactory>(factory);
