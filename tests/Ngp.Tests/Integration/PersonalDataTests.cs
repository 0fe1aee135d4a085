using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Comments.Data;
using Ngp.Participation.Data;
using Ngp.Tests.Harness;
using Ngp.Users.Accounts;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration;

/// <summary>
/// A resident who took part in everything finds each contribution in their data export, and after deleting their
/// account no table names them: what others rely on stays anonymous, the rest is gone.
/// </summary>
public abstract partial class PersonalDataTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory, INotificationFactory
{
    private const string MyComment = "Le local vélo est trop petit pour la résidence.";

    /// <summary>What the resident did, and the items and people it touched.</summary>
    private sealed record Participation(
        Agency Agency, Resident Person, string PersonId, Resident Neighbour, HttpClient Admin, string OpenConsultation,
        string ClosingConsultation, string Dwelling, string UpcomingMeeting, string PastMeeting, long Proposal, long Reported);

    /// <summary>
    /// The resident follows the project, comments (a neighbour answers), supports a proposal, reports a comment, votes
    /// in a consultation still open and in one about to close, chooses a kitchen finish, registers to two meetings (the
    /// neighbour waits for the only place of one) and is recorded present at the other.
    /// </summary>
    private async Task<Participation> TakePartEverywhereAsync()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var person = await agency.CreateResidentAsync();
        var neighbour = await agency.CreateResidentAsync();
        var personId = await agency.UserIdAsync(person.Email);
        var now = factory.Clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.OK, (await person.Api.PostAsync($"api/v1/content/{DemoProject}/follow", null)).StatusCode);
        var mine = await CommentIdAsync(await CommentAsync(person.Api, DemoProject, MyComment));
        await CommentIdAsync(await CommentAsync(neighbour.Api, DemoProject, "D'accord, il faut le doubler.", "for", parentId: mine));
        var proposal = await CommentIdAsync(await CommentAsync(neighbour.Api, DemoProject, "Les travaux en août gênent les familles.", "against", "Les faire en septembre."));
        var reported = await CommentIdAsync(await CommentAsync(neighbour.Api, DemoProject, "Vends vélo, bon état."));
        Assert.Equal(HttpStatusCode.OK, (await person.Api.PostAsync($"api/v1/comments/{proposal}/support", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.Api.PostAsJsonAsync($"api/v1/comments/{reported}/report", new { reason = "off-topic" })).StatusCode);

        var open = await PublishConsultationAsync(admin, results: "live", title: "Couleur de la façade");
        var closing = await PublishConsultationAsync(admin, closes: now.AddHours(2), results: "live", title: "Aménagement du hall", questions:
        [
            new { id = "q", text = "Quelle couleur pour le hall ?", kind = "single", options = new[] { new { id = "a", text = "Ocre" }, new { id = "c", text = "Vert" } } },
            new { id = "banc", text = "Faut-il un banc ?", kind = "single", options = new[] { new { id = "oui", text = "Oui" }, new { id = "non", text = "Non" } } },
        ]);
        var dwelling = await PublishConsultationAsync(admin, kind: "dwelling", results: "live", title: "Choix de cuisine", questions:
        [
            new { id = "finition", text = "Finition de la cuisine", kind = "single", options = new[] { new { id = "chene", text = "Chêne clair" }, new { id = "blanc", text = "Blanc mat" } } },
        ]);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(person.Api, open, "q", "a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(neighbour.Api, open, "q", "b")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(person.Api, closing, "q", "c")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(person.Api, closing, "banc", "oui")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(person.Api, dwelling, "finition", "chene")).StatusCode);

        var upcoming = await MeetingsApi.PublishMeetingAsync(admin, "Visite des logements témoins", now.AddDays(3), capacity: 1);
        var past = await MeetingsApi.PublishMeetingAsync(admin, "Comité de résidence", now.AddHours(1));
        Assert.Equal(HttpStatusCode.Created, (await person.Api.PostAsync($"api/v1/meetings/{upcoming}/registration", null)).StatusCode);
        var waiting = await neighbour.Api.PostAsync($"api/v1/meetings/{upcoming}/registration", null);
        Assert.Equal("waiting", (await JsonAsync(waiting)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await person.Api.PostAsync($"api/v1/meetings/{past}/registration", null)).StatusCode);
        factory.Clock.Advance(TimeSpan.FromHours(3));
        var closed = await admin.PostAsJsonAsync($"api/v1/meetings/{past}/close", MeetingsApi.Synthesis(attendees: [personId]));
        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        return new Participation(agency, person, personId, neighbour, admin, open, closing, dwelling, upcoming, past, proposal, reported);
    }

    private static async Task<HttpClient> SignedInAsync(Participation p) => await BrowserAsync(p.Agency, p.Person.Email, p.Person.Password);

    private static async Task<JsonElement> CommentsAsync(Agency agency) =>
        (await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{DemoProject}/comments")).GetProperty("items");

    private static IEnumerable<JsonElement> AllComments(JsonElement roots) =>
        roots.EnumerateArray().SelectMany(c => AllComments(c.GetProperty("replies")).Prepend(c));

    private static async Task<int> VotersAsync(Agency agency, string consultation) =>
        (await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/consultations/{consultation}/results")).GetProperty("voters").GetInt32();

    [SkippableFact]
    public async Task Export_AfterTakingPartEverywhere_ContainsEachContributionBesideTheAccount()
    {
        var p = await TakePartEverywhereAsync();
        var browser = await SignedInAsync(p);

        var export = await (await browser.GetAsync("compte?handler=Export")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(p.Person.Email, export.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(p.Person.LeaseReference, export.GetProperty("lease").GetProperty("reference").GetString());
        Assert.Equal(["Resident"], export.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        var participation = export.GetProperty("participation");
        var comments = export.GetProperty("comments");
        var comment = Assert.Single(comments.GetProperty("comments").EnumerateArray());
        Assert.Equal(MyComment, comment.GetProperty("body").GetString());
        Assert.Equal("Neutre", comment.GetProperty("stanceLabel").GetString());
        Assert.Equal(p.Proposal, Assert.Single(comments.GetProperty("proposalSupports").EnumerateArray()).GetProperty("commentId").GetInt64());
        var report = Assert.Single(comments.GetProperty("reports").EnumerateArray());
        Assert.Equal((p.Reported, "Hors sujet"), (report.GetProperty("commentId").GetInt64(), report.GetProperty("reasonLabel").GetString()));
        var votes = participation.GetProperty("votes").EnumerateArray().ToList();
        Assert.Equal(["Ocre", "Oui", "Vert"], votes.Select(v => v.GetProperty("choices")[0].GetString()!).Order().ToArray());
        Assert.Contains(votes, v => v.GetProperty("question").GetString() == "Quelle couleur pour la façade ?" && v.GetProperty("contentItemId").GetString() == p.OpenConsultation);
        var choice = Assert.Single(participation.GetProperty("dwellingChoices").EnumerateArray());
        Assert.Equal(("Chêne clair", p.Person.LeaseReference), (choice.GetProperty("choices")[0].GetString(), choice.GetProperty("leaseReference").GetString()));
        Assert.Contains(export.GetProperty("follows").EnumerateArray(), f => f.GetProperty("contentItemId").GetString() == DemoProject && !f.GetProperty("automatic").GetBoolean());
        var meetings = export.GetProperty("meetings");
        Assert.Equal(
            [(p.PastMeeting, "Inscrit"), (p.UpcomingMeeting, "Inscrit")],
            meetings.GetProperty("registrations").EnumerateArray().Select(r => (r.GetProperty("meetingId").GetString(), r.GetProperty("statusLabel").GetString())).OrderBy(r => r.Item1 == p.UpcomingMeeting).ToArray());
        Assert.Equal("Comité de résidence", Assert.Single(meetings.GetProperty("attendance").EnumerateArray()).GetProperty("title").GetString());
        Assert.True(export.TryGetProperty("notifications", out _));
    }

    [SkippableFact]
    public async Task DeleteAccount_AfterTakingPartEverywhere_KeepsThreadsAndResultsAnonymousAndNoRowNamesThePerson()
    {
        var p = await TakePartEverywhereAsync();
        var browser = await SignedInAsync(p);
        Assert.Equal(2, await VotersAsync(p.Agency, p.OpenConsultation));
        var before = await p.Agency.InScopeAsync(sp => UserIdColumns.NamingAsync(sp.GetRequiredService<NgpDbContext>(), p.PersonId));
        Assert.True(before.Count >= 10, string.Join("; ", before));

        var projectPage = await p.Agency.InScopeAsync(async sp =>
        {
            var query = sp.GetRequiredService<ContentQuery>();
            return (await query.RelativeUrlAsync((await query.PublishedAsync(DemoProject, CancellationToken.None))!, CancellationToken.None))!;
        });
        var named = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DisplayName"] = "Personne Témoin" }, handler: "DisplayName");
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        var shortName = "<strong>Personne Témoin</strong>";
        Assert.Contains(shortName, await p.Agency.Client().GetStringAsync(projectPage), StringComparison.Ordinal);

        var deleted = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = p.Person.Password }, handler: "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(p.Agency.Tenant);

        // The comment keeps its place and its answer, signed « Compte supprimé »; the support and the report are withdrawn.
        var comments = AllComments(await CommentsAsync(p.Agency)).ToList();
        var kept = Assert.Single(comments, c => c.GetProperty("body").GetString() == MyComment);
        Assert.Equal("Compte supprimé", kept.GetProperty("author").GetString());
        Assert.Single(kept.GetProperty("replies").EnumerateArray());
        Assert.Equal(0, comments.Single(c => c.GetProperty("id").GetInt64() == p.Proposal).GetProperty("supports").GetInt32());
        var page = await p.Agency.Client().GetStringAsync(projectPage);
        Assert.DoesNotContain(shortName, page, StringComparison.Ordinal);
        Assert.Contains("<strong>Compte supprimé</strong>", page, StringComparison.Ordinal);
        Assert.Equal(0, await p.Agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Comment>().Where(c => c.Id == p.Reported).Select(c => c.ReportCount).SingleAsync()));
        // The open consultation no longer counts the vote; the closed one's results (one voter, two answers) and the
        // household's choice stay.
        Assert.Equal(1, await VotersAsync(p.Agency, p.OpenConsultation));
        Assert.Equal(1, await VotersAsync(p.Agency, p.ClosingConsultation));
        Assert.Contains($",{p.Person.LeaseReference},Finition de la cuisine,Chêne clair,", await p.Admin.GetStringAsync($"api/v1/consultations/{p.Dwelling}/results.csv"), StringComparison.Ordinal);
        // The freed place goes to the neighbour who waited; the synthesis still counts everyone present.
        var again = await p.Neighbour.Api.PostAsync($"api/v1/meetings/{p.UpcomingMeeting}/registration", null);
        Assert.Equal("registered", (await JsonAsync(again)).GetProperty("status").GetString());
        var synthesis = await p.Agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/meetings/{p.PastMeeting}/synthesis");
        Assert.Equal(8, synthesis.GetProperty("attendance").GetInt32());
        Assert.Empty(await p.Agency.InScopeAsync(sp => UserIdColumns.NamingAsync(sp.GetRequiredService<NgpDbContext>(), p.PersonId)));
    }

    [SkippableFact]
    public async Task DeleteAccount_OfStaffWhoWroteAndInvited_KeepsTheirWorkWithoutTheirName()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var email = $"cheffe@{agency.Name}.test";
        var created = await admin.PostAsJsonAsync("api/v1/users", new { email, password = NgpFactory.StrongPassword, roles = new[] { "Administrator" } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var staffId = await agency.UserIdAsync(email);
        var browser = await BrowserAsync(agency, email, NgpFactory.StrongPassword);
        await Forms.SubmitAsync(browser, "admin/comptes", new Dictionary<string, string> { ["Invite.Email"] = "amicale@exemple.org", ["Invite.Role"] = "Partner" }, handler: "Invite");
        var staff = await factory.TokenClientAsync(agency.PathBase, email, NgpFactory.StrongPassword);
        var news = await NewsApi.CreateAndPublishAsync(staff, "Fête des voisins le 12 juin");

        var export = await (await browser.GetAsync("compte?handler=Export")).Content.ReadFromJsonAsync<JsonElement>();
        var deleted = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = NgpFactory.StrongPassword }, handler: "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var written = Assert.Single(export.GetProperty("contents").EnumerateArray());
        Assert.Equal((news, "Fête des voisins le 12 juin"), (written.GetProperty("contentItemId").GetString(), written.GetProperty("title").GetString()));
        Assert.Equal("amicale@exemple.org", Assert.Single(export.GetProperty("invitations").GetProperty("sent").EnumerateArray()).GetProperty("email").GetString());
        // The news stays published; its history no longer names who wrote it.
        Assert.Equal(HttpStatusCode.OK, (await agency.Client().GetAsync($"api/v1/content/{news}")).StatusCode);
        var versions = await admin.GetFromJsonAsync<JsonElement>($"api/v1/content/{news}/versions");
        Assert.All(versions.EnumerateArray(), v => Assert.Equal(UserDeleted.ErasedUserId, v.GetProperty("authorId").GetString()));
        Assert.Empty(await agency.InScopeAsync(sp => UserIdColumns.NamingAsync(sp.GetRequiredService<NgpDbContext>(), staffId)));
    }

    [SkippableFact]
    public async Task ModelScan_EveryTableHoldingAUserId_IsExportedOrErasedByAContributor()
    {
        var agency = await factory.CreateAgencyAsync();

        var (holding, claimed) = await agency.InScopeAsync(sp =>
        {
            var model = sp.GetRequiredService<NgpDbContext>().Model;
            var holding = UserIdColumns.Of(model).Select(c => c.Entity.ClrType).Distinct().ToList();
            var claimed = sp.GetServices<IPersonalDataContributor>().SelectMany(c => c.Entities).Concat(PersonalData.AccountEntities).ToList();
            return Task.FromResult((holding, claimed));
        });

        Assert.Contains(typeof(Vote), holding);
        Assert.Contains(typeof(Ngp.Meetings.Data.MeetingAttendance), holding);
        Assert.Empty(holding.Except(claimed).Select(t => t.Name));
        Assert.Empty(claimed.Except(holding).Select(t => t.Name));
    }

    [SkippableFact]
    public async Task Export_SectionsOfTheModules_AreNamedOnceAndNeverHideTheAccount()
    {
        var agency = await factory.CreateAgencyAsync();

        var names = await agency.InScopeAsync(sp => Task.FromResult(sp.GetServices<IPersonalDataContributor>().Select(c => c.Name).ToList()));

        Assert.Equal(["comments", "contents", "follows", "invitations", "maintenance", "meetings", "notifications", "participation"], names.Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(names.Intersect(["exportedUtc", "agency", "account", "roles", "lease"]));
    }

    [SkippableFact]
    public async Task ModelScan_PropertyNamedLikeAPersonsId_IsMarkedUserId()
    {
        var agency = await factory.CreateAgencyAsync();

        var unmarked = await agency.InScopeAsync(sp =>
        {
            var model = sp.GetRequiredService<NgpDbContext>().Model;
            var covered = UserIdColumns.Of(model).Select(c => c.Property).ToHashSet();
            return Task.FromResult(model.GetEntityTypes().SelectMany(e => e.GetProperties())
                .Where(p => p.ClrType == typeof(string) && PersonsId().IsMatch(p.Name) && !covered.Contains(p))
                .Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}").ToList());
        });

        Assert.Empty(unmarked);
    }

    /// <summary>Names a property holding an account's id tends to have; a new one without <see cref="UserIdAttribute"/> fails the scan.</summary>
    [GeneratedRegex("(User|Author|Owner|Organiser|Organizer|Moderator|Voter|Reporter|Member|Creator|Editor|Reviewer|Approver)Id$|(Invited|Created|Updated|Approved|Reviewed)By$")]
    private static partial Regex PersonsId();
}

public sealed class PersonalDataTestsOnSqlite(NotificationSqliteFactory factory) : PersonalDataTests<NotificationSqliteFactory>(factory);

public sealed class PersonalDataTestsOnPostgres(NotificationPostgresFactory factory) : PersonalDataTests<NotificationPostgresFactory>(factory);
