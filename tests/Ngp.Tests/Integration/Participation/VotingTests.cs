using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Participation;
using Ngp.Participation.Background;
using Ngp.Participation.Voting;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Participation;

public abstract class VotingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static int VoteCount(Agency agency, string consultation) =>
        agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<NgpDbContext>().Set<Ngp.Participation.Data.Vote>().Count(v => v.ContentItemId == consultation))).GetAwaiter().GetResult();

    [SkippableFact]
    public async Task DemoAgency_AResidentOutsideTheAlpins_HasAnOpenConsultationToVoteIn()
    {
        var agency = await factory.CreateAgencyAsync();
        var email = $"loge@{agency.Name}.test";
        var registered = await agency.Client().PostAsJsonAsync("api/v1/account/register", new { email, password = NgpFactory.StrongPassword, leaseReference = "DEMO-0005" });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var resident = await factory.TokenClientAsync(agency.PathBase, email, NgpFactory.StrongPassword);

        var kitchens = await VoteAsync(resident, "demo-consultation-cuisines", "calendrier", "oui");
        var opening = await VoteAsync(resident, "demo-consultation-loge", "creneau", "soir");

        Assert.Equal(HttpStatusCode.Forbidden, kitchens.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opening.StatusCode);
        var results = await JsonAsync(await agency.Client().GetAsync("api/v1/consultations/demo-consultation-loge/results"));
        Assert.Equal(1, results.GetProperty("voters").GetInt32());
    }

    [SkippableFact]
    public async Task Vote_ByAThousandResidentsAtOnce_CountsExactlyAThousandVotes()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin, results: "live");
        var residents = await MassResidentsAsync(agency, admin, 1000);

        // Every resident at once; a few submit twice at the same moment (a double click) and must still count once.
        var votes = residents.Select((client, i) => VoteAsync(client, consultation, "q", i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "c"))
            .Concat(residents.Take(20).Select(client => VoteAsync(client, consultation, "q", "a")))
            .ToList();
        var answers = await Task.WhenAll(votes);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1000, VoteCount(agency, consultation));
        var results = await JsonAsync(await agency.Client().GetAsync($"api/v1/consultations/{consultation}/results"));
        Assert.Equal(1000, results.GetProperty("voters").GetInt32());
        Assert.Equal(1000, results.GetProperty("questions")[0].GetProperty("options").EnumerateArray().Sum(o => o.GetProperty("votes").GetInt32()));
    }

    [SkippableFact]
    public async Task Vote_TwiceAtTheSameMoment_KeepsOneVoteWithTheLastChoiceReadable()
    {
        var agency = await factory.CreateAgencyAsync();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), results: "live");
        var resident = await agency.CreateResidentAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => VoteAsync(resident.Api, consultation, "q", "b")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, VoteCount(agency, consultation));
    }

    [SkippableFact]
    public async Task Vote_WrittenTogetherWithOneThatCannotBeStored_KeepsTheOthersAndFailsOnlyThatOne()
    {
        var agency = await factory.CreateAgencyAsync();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), results: "live");

        var (first, third, failure) = await agency.InScopeAsync(async sp =>
        {
            var writer = sp.GetRequiredService<VoteWriter>();
            var tenant = sp.GetRequiredService<ITenantContext>().Tenant;
            CheckedVote Vote(string voter, string? options) => new(consultation, "q", "u:" + voter, voter, options!, "DEMO-0001", "Bât. A", DateTimeOffset.UtcNow);
            // Submitted at the same moment, so written in one batch; the second has no choice, which the database refuses.
            var writes = new[] { writer.WriteAsync(tenant, Vote("un", "a")), writer.WriteAsync(tenant, Vote("deux", null)), writer.WriteAsync(tenant, Vote("trois", "b")) };
            var failure = await Record.ExceptionAsync(() => writes[1]);
            return (await writes[0], await writes[2], failure);
        });

        Assert.NotNull(failure);
        Assert.False(first.Changed);
        Assert.False(third.Changed);
        Assert.NotEqual(first.VoteId, third.VoteId);
        Assert.Equal(2, VoteCount(agency, consultation));
        var results = await JsonAsync(await agency.Client().GetAsync($"api/v1/consultations/{consultation}/results"));
        Assert.Equal(2, results.GetProperty("voters").GetInt32());
    }

    [SkippableFact]
    public async Task Vote_WrittenTogetherWithOthersOnOtherQuestions_ChangesOnlyTheAnswerGiven()
    {
        var agency = await factory.CreateAgencyAsync();
        var options = new[] { new { id = "a", text = "Oui" }, new { id = "b", text = "Non" } };
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), results: "live", questions:
        [
            new { id = "q1", text = "Faut-il repeindre les halls ?", kind = "single", options },
            new { id = "q2", text = "Faut-il un local vélos ?", kind = "single", options },
        ]);

        var (change, other) = await agency.InScopeAsync(async sp =>
        {
            var writer = sp.GetRequiredService<VoteWriter>();
            var tenant = sp.GetRequiredService<ITenantContext>().Tenant;
            CheckedVote Vote(string voter, string question, string option) => new(consultation, question, "u:" + voter, voter, option, "DEMO-0001", "Bât. A", DateTimeOffset.UtcNow);
            await writer.WriteAsync(tenant, Vote("un", "q1", "a"));
            await writer.WriteAsync(tenant, Vote("un", "q2", "a"));
            // Together: « un » changes its first answer while « deux » answers the second question.
            var writes = new[] { writer.WriteAsync(tenant, Vote("un", "q1", "b")), writer.WriteAsync(tenant, Vote("deux", "q2", "b")) };
            return (await writes[0], await writes[1]);
        });
        var answers = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Ngp.Participation.Data.Vote>()
            .Where(v => v.ContentItemId == consultation).ToDictionaryAsync(v => v.VoterKey + "/" + v.QuestionId, v => v.OptionIds));

        Assert.True(change.Changed);
        Assert.False(other.Changed);
        Assert.Equal(new Dictionary<string, string> { ["u:un/q1"] = "b", ["u:un/q2"] = "a", ["u:deux/q2"] = "b" }, answers);
    }

    [SkippableFact]
    public async Task Vote_AfterTheQuestionsAreEditedOrTheConsultationUnpublished_FollowsWhatIsPublishedAtOnce()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin, results: "live");
        var resident = await agency.CreateResidentAsync();
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "q", "a")).StatusCode);

        // The consultation read by the first vote is kept; publishing an edit must replace it at once.
        var item = (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"api/v1/content/{consultation}"))!;
        var parts = item["parts"]!.AsObject();
        parts["Consultation"]!["questions"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "q2", ["text"] = "Faut-il un local vélos ?", ["kind"] = "yesno",
        });
        var update = await admin.PutAsJsonAsync($"api/v1/content/{consultation}", new { title = item["title"]!.GetValue<string>(), parts });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await VoteAsync(resident.Api, consultation, "q2", "oui")).StatusCode);
        await NewsApi.PublishAsync(admin, consultation);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "q2", "oui")).StatusCode);

        var unpublish = await admin.PostAsync($"api/v1/content/{consultation}/unpublish", null);
        Assert.True(unpublish.IsSuccessStatusCode, await unpublish.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await VoteAsync(resident.Api, consultation, "q2", "non")).StatusCode);
        Assert.Equal(2, VoteCount(agency, consultation));
    }

    [SkippableFact]
    public async Task Results_ReadBetweenVotes_ShowEachVoteAndEachChangeAtOnce()
    {
        var agency = await factory.CreateAgencyAsync();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), results: "live");
        var first = await agency.CreateResidentAsync();
        var second = await agency.CreateResidentAsync();
        async Task<(int Voters, Dictionary<string, int> Votes)> ResultsAsync()
        {
            var results = await JsonAsync(await agency.Client().GetAsync($"api/v1/consultations/{consultation}/results"));
            return (results.GetProperty("voters").GetInt32(),
                results.GetProperty("questions")[0].GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("votes").GetInt32()));
        }

        // The results page a visitor reads is kept by the page cache, and forgotten by each vote.
        async Task<string> PageAsync() => Forms.Text(await agency.Client().GetStringAsync($"participation/resultats/{consultation}"));

        // Publishing's consequences (events, workflows) are done: from here only votes change what the public sees.
        await agency.SettleAsync();
        Assert.Equal(0, (await ResultsAsync()).Voters);
        Assert.Contains("0 participant(s).", await PageAsync());
        var cached = await agency.Client().GetAsync($"participation/resultats/{consultation}");
        Assert.True(cached.Headers.Age is not null, "the results page was rendered again instead of coming from the public page cache");
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(first.Api, consultation, "q", "a")).StatusCode);
        Assert.Contains("1 participant(s).", await PageAsync());
        var afterFirst = await ResultsAsync();
        Assert.Equal((1, 1), (afterFirst.Voters, afterFirst.Votes["a"]));
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(first.Api, consultation, "q", "b")).StatusCode);
        var afterChange = await ResultsAsync();
        Assert.Equal((1, 0, 1), (afterChange.Voters, afterChange.Votes["a"], afterChange.Votes["b"]));
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(second.Api, consultation, "q", "b")).StatusCode);
        var afterSecond = await ResultsAsync();
        Assert.Equal((2, 0, 2), (afterSecond.Voters, afterSecond.Votes["a"], afterSecond.Votes["b"]));
        Assert.Contains("2 participant(s).", await PageAsync());
    }

    [SkippableFact]
    public async Task Vote_AfterTheVotersLeaseIsMovedOutOfTheBuildings_IsRefusedAtOnce()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var tilleuls = await PublishConsultationAsync(admin, eligibility: "buildings", buildings: ["Le Clos des Tilleuls"]);
        for (var i = 0; i < 3; i++)
            await agency.CreateResidentAsync();
        var tilleul = await agency.CreateResidentAsync();     // DEMO-0005, Le Clos des Tilleuls
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(tilleul.Api, tilleuls, "q", "a")).StatusCode);

        // The lease list is corrected: that lease is in another building (the lease's own row changes, not the account's).
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            var lease = await db.Set<Ngp.Users.Leases.Lease>().SingleAsync(l => l.Reference == tilleul.LeaseReference);
            lease.Building = "Les Alpins bât. B";
            return await db.SaveChangesAsync();
        });

        var refused = await VoteAsync(tilleul.Api, tilleuls, "q", "b");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Le Clos des Tilleuls", await ProblemTitleAsync(refused));
        var kept = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Ngp.Participation.Data.Vote>().Where(v => v.ContentItemId == tilleuls).Select(v => v.OptionIds).ToListAsync());
        Assert.Equal(["a"], kept);
    }

    [SkippableFact]
    public async Task Vote_RightAfterTheConsultationIsUnpublishedThenPublishedAgain_FollowsWhatIsPublishedNow()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin);
        var resident = await agency.CreateResidentAsync();
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "q", "a")).StatusCode);

        await NewsApi.UnpublishAsync(admin, consultation);
        var unpublished = await VoteAsync(resident.Api, consultation, "q", "b");
        await NewsApi.PublishAsync(admin, consultation);
        var republished = await VoteAsync(resident.Api, consultation, "q", "c");

        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.Contains("n'existe pas", await ProblemTitleAsync(unpublished));
        Assert.Equal(HttpStatusCode.OK, republished.StatusCode);
        var kept = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Ngp.Participation.Data.Vote>().Where(v => v.ContentItemId == consultation).Select(v => v.OptionIds).ToListAsync());
        Assert.Equal(["c"], kept);
    }

    [SkippableFact]
    public async Task Vote_ByAccountsWithoutLeaseOrOutsideTheBuildings_IsRefusedWithAFrenchMessage()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var tilleuls = await PublishConsultationAsync(admin, eligibility: "buildings", buildings: ["Le Clos des Tilleuls"]);
        var alpins = await agency.CreateResidentAsync();      // DEMO-0002, Les Alpins bât. A
        await agency.CreateResidentAsync();
        await agency.CreateResidentAsync();
        var tilleul = await agency.CreateResidentAsync();     // DEMO-0005, Le Clos des Tilleuls
        var partner = await factory.TokenClientAsync(agency.PathBase, "partenaire@ngp.local", NgpFactory.AdminPassword);

        var outside = await VoteAsync(alpins.Api, tilleuls, "q", "a");
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Contains("Le Clos des Tilleuls", await ProblemTitleAsync(outside));
        var noLease = await VoteAsync(partner, tilleuls, "q", "a");
        Assert.Equal(HttpStatusCode.Forbidden, noLease.StatusCode);
        Assert.Contains("bail", await ProblemTitleAsync(noLease));
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(tilleul.Api, tilleuls, "q", "a")).StatusCode);
        Assert.Equal(1, VoteCount(agency, tilleuls));

        var anonymous = await VoteAsync(agency.Client(), tilleuls, "q", "a");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [SkippableFact]
    public async Task Vote_WithChoicesTheQuestionDoesNotAllow_IsRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), questions:
        [
            new { id = "m", text = "Deux au plus", kind = "multiple", max = 2, options = new[] { new { id = "a", text = "A" }, new { id = "b", text = "B" }, new { id = "c", text = "C" } } },
            new { id = "r", text = "Classez", kind = "ranking", options = new[] { new { id = "x", text = "X" }, new { id = "y", text = "Y" } } },
            new { id = "yn", text = "D'accord ?", kind = "yesno" },
        ]);
        var resident = await agency.CreateResidentAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await VoteAsync(resident.Api, consultation, "m", "a", "b", "c")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await VoteAsync(resident.Api, consultation, "r", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await VoteAsync(resident.Api, consultation, "yn", "peut-etre")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "m", "a", "c")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "r", "y", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "yn", "abstention")).StatusCode);
    }

    [SkippableFact]
    public async Task Results_HiddenUntilClosing_ForResidentsButExportedAsCsvForStaff()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin, closes: DateTimeOffset.UtcNow.AddDays(3));
        var first = await agency.CreateResidentAsync();
        var second = await agency.CreateResidentAsync();
        await VoteAsync(first.Api, consultation, "q", "a");
        await VoteAsync(second.Api, consultation, "q", "a");

        var hidden = await first.Api.GetAsync($"api/v1/consultations/{consultation}/results");
        Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
        Assert.Contains("clôture", await ProblemTitleAsync(hidden));
        var page = Forms.Text(await agency.Client().GetStringAsync($"participation/resultats/{consultation}"));
        Assert.Contains("Les résultats seront publiés à la clôture", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await first.Api.GetAsync($"api/v1/consultations/{consultation}/results.csv")).StatusCode);

        var csv = await admin.GetAsync($"api/v1/consultations/{consultation}/results.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("question,option,votes,percent,points,byLetterOrDesk", lines[0]);
        Assert.Equal("Quelle couleur pour la façade ?,Ocre,2,100.0,,0", lines[1]);
        Assert.Equal("Quelle couleur pour la façade ?,Gris,0,0.0,,0", lines[2]);
    }

    [SkippableFact]
    public async Task DwellingChoice_ByTwoAccountsOfOneLease_KeepsOneChoicePerLeaseExportedByBuilding()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin, kind: "dwelling", results: "live", questions:
        [
            new { id = "finition", text = "Finition de la cuisine", kind = "single", options = new[] { new { id = "chene", text = "Chêne clair" }, new { id = "blanc", text = "Blanc mat" } } },
        ]);
        var holder = await agency.CreateResidentAsync();
        var register = await agency.Client().PostAsJsonAsync("api/v1/account/register", new { email = "conjoint@" + agency.Name + ".test", password = NgpFactory.StrongPassword, leaseReference = holder.LeaseReference });
        Assert.True(register.IsSuccessStatusCode, await register.Content.ReadAsStringAsync());
        var partner = await factory.TokenClientAsync(agency.PathBase, "conjoint@" + agency.Name + ".test", NgpFactory.StrongPassword);
        var neighbour = await agency.CreateResidentAsync();

        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(holder.Api, consultation, "finition", "chene")).StatusCode);
        var change = await VoteAsync(partner, consultation, "finition", "blanc");
        Assert.True((await JsonAsync(change)).GetProperty("changed").GetBoolean());
        await VoteAsync(neighbour.Api, consultation, "finition", "chene");

        Assert.Equal(2, VoteCount(agency, consultation));
        var lines = (await admin.GetStringAsync($"api/v1/consultations/{consultation}/results.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("building,leaseReference,question,choice,updatedUtc,channel", lines[0]);
        Assert.StartsWith($"\"Résidence Les Alpins, bât. A\",{holder.LeaseReference},Finition de la cuisine,Blanc mat,", lines[1]);
        Assert.StartsWith($"\"Résidence Les Alpins, bât. B\",{neighbour.LeaseReference},Finition de la cuisine,Chêne clair,", lines[2]);
    }

    [SkippableFact]
    public async Task ResidentOfAnotherAgency_CannotVoteCommentOrFollow()
    {
        var agencyA = await factory.CreateAgencyAsync();
        var agencyB = await factory.CreateAgencyAsync();
        var consultationB = await PublishConsultationAsync(await agencyB.AdminAsync(), results: "live");
        var residentA = await agencyA.CreateResidentAsync();
        // The resident's token of agency A, sent to agency B's addresses.
        var intruder = agencyB.Client();
        intruder.DefaultRequestHeaders.Authorization = residentA.Api.DefaultRequestHeaders.Authorization;

        var vote = await VoteAsync(intruder, consultationB, "q", "a");
        var comment = await CommentAsync(intruder, DemoProject, "Intrus");
        var follow = await intruder.PostAsync($"api/v1/content/{DemoProject}/follow", null);

        Assert.All(new[] { vote, comment, follow }, r => Assert.True(r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, r.StatusCode.ToString()));
        Assert.Equal(0, VoteCount(agencyB, consultationB));
        Assert.DoesNotContain("Intrus", await agencyB.Client().GetStringAsync($"api/v1/content/{DemoProject}/comments"));
    }

    [SkippableFact]
    public async Task Follow_ExplicitAndAfterVoting_MakesTheResidentAFollower()
    {
        var agency = await factory.CreateAgencyAsync();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync());
        var voter = await agency.CreateResidentAsync();
        var follower = await agency.CreateResidentAsync();

        await VoteAsync(voter.Api, consultation, "q", "a");
        Assert.Equal(HttpStatusCode.OK, (await follower.Api.PostAsync($"api/v1/content/{DemoProject}/follow", null)).StatusCode);

        var (consultationFollowers, projectFollowers) = await agency.InScopeAsync(async sp =>
        {
            var sources = sp.GetServices<Ngp.Core.Notifications.IAudienceSource>().ToList();
            var followers = sources.Single(s => s.Kind == Ngp.Core.Notifications.AudienceKinds.Followers);
            return ((await followers.ResolveAsync(consultation)).Count, (await followers.ResolveAsync(DemoProject)).Count);
        });
        Assert.Equal(1, consultationFollowers);
        Assert.Equal(1, projectFollowers);
        Assert.Equal(HttpStatusCode.OK, (await follower.Api.DeleteAsync($"api/v1/content/{DemoProject}/follow")).StatusCode);
        var stakeholders = await agency.InScopeAsync(async sp => await sp.GetServices<Ngp.Core.Notifications.IAudienceSource>()
            .Single(s => s.Kind == Ngp.Core.Notifications.AudienceKinds.Stakeholders).ResolveAsync(DemoProject));
        Assert.Contains(stakeholders, m => m.Email == "comite.alpins@ngp.local");
    }

    [SkippableFact]
    public async Task Vote_ByAResidentWhoAlreadyFollowsByTheButton_CountsAndKeepsTheChosenFollow()
    {
        var agency = await factory.CreateAgencyAsync();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), results: "live");
        var resident = await agency.CreateResidentAsync();
        Assert.Equal(HttpStatusCode.OK, (await resident.Api.PostAsync($"api/v1/content/{consultation}/follow", null)).StatusCode);

        // Voting follows automatically; the follow is already there, chosen by the button, and the vote must not fail on it.
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "q", "a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "q", "b")).StatusCode);

        var follows = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Ngp.Follows.Data.Follow>()
            .Where(f => f.ContentItemId == consultation).Select(f => new { f.UserId, f.Automatic }).ToListAsync());
        var follow = Assert.Single(follows);
        Assert.False(follow.Automatic);
        Assert.Equal(1, VoteCount(agency, consultation));
    }

    /// <summary>Residents made the way an agency does it: the lease list imported by CSV, each resident registering through the API.</summary>
    public static async Task<IReadOnlyList<HttpClient>> MassResidentsAsync(Agency agency, HttpClient admin, int count)
    {
        var csv = new StringBuilder("leaseReference,building,postcode\n");
        for (var i = 0; i < count; i++)
            csv.Append(CultureInfo.InvariantCulture, $"MASS-{i:00000},Résidence du Parc,38600\n");
        var import = await admin.PostAsync("api/v1/leases", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        var clients = new HttpClient[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var email = $"masse{i}@{agency.Name}.test";
            var register = await agency.Client().PostAsJsonAsync("api/v1/account/register", new { email, password = NgpFactory.StrongPassword, leaseReference = $"MASS-{i:00000}" });
            Assert.True(register.IsSuccessStatusCode, await register.Content.ReadAsStringAsync());
            clients[i] = await agency.Factory.TokenClientAsync(agency.PathBase, email, NgpFactory.StrongPassword);
        });
        return clients;
    }
}

public sealed class VotingTestsOnSqlite(SqliteFactory factory) : VotingTests<SqliteFactory>(factory);

public sealed class VotingTestsOnPostgres(PostgresFactory factory) : VotingTests<PostgresFactory>(factory);

/// <summary>Opening and closing with a clock the test moves.</summary>
public sealed class ConsultationClockTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Vote_ChangedUntilClosing_ThenRefusedAndResultsPublished()
    {
        var agency = await factory.CreateAgencyAsync();
        var now = factory.Clock.GetUtcNow();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), opens: now.AddHours(1), closes: now.AddHours(3));
        var resident = await agency.CreateResidentAsync();

        var early = await VoteAsync(resident.Api, consultation, "q", "a");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("pas encore ouverte", await ProblemTitleAsync(early));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        // The hosted watcher may run on the clock's tick too: what matters is one announcement, whoever makes it.
        var watcher = factory.Services.GetRequiredService<ConsultationWatcher>();
        await watcher.RunOnceAsync(agency.Tenant, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "q", "a")).StatusCode);
        var changed = await VoteAsync(resident.Api, consultation, "q", "b");
        Assert.True((await JsonAsync(changed)).GetProperty("changed").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Api.GetAsync($"api/v1/consultations/{consultation}/results")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        var late = await VoteAsync(resident.Api, consultation, "q", "c");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("close", await ProblemTitleAsync(late));
        await watcher.RunOnceAsync(agency.Tenant, CancellationToken.None);
        Assert.Equal(0, await watcher.RunOnceAsync(agency.Tenant, CancellationToken.None));

        var results = await JsonAsync(await resident.Api.GetAsync($"api/v1/consultations/{consultation}/results"));
        var options = results.GetProperty("questions")[0].GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("votes").GetInt32());
        Assert.Equal(0, options["a"]);
        Assert.Equal(1, options["b"]);
        var events = await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<NgpDbContext>().OutboxMessages
            .Where(m => m.Payload.Contains(consultation)).Select(m => m.Type).ToList()));
        Assert.Single(events, t => t == nameof(ConsultationOpened));
        Assert.Single(events, t => t == nameof(ConsultationClosed));
        Assert.Equal(2, events.Count(t => t == nameof(VoteCast)));
    }

    [Fact]
    public async Task Vote_ThroughTheConsultationPage_WorksWithoutJavaScriptAndShowsTheRefusal()
    {
        var agency = await factory.CreateAgencyAsync();
        var now = factory.Clock.GetUtcNow();
        var consultation = await PublishConsultationAsync(await agency.AdminAsync(), opens: now.AddHours(-1), closes: now.AddHours(1), results: "live");
        var resident = await agency.CreateResidentAsync();
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);

        var vote = await Forms.SubmitAsync(browser, $"participation/voter?item={consultation}", new Dictionary<string, string> { ["Item"] = consultation, ["QuestionId"] = "q", ["OptionIds"] = "b" });
        Assert.Equal(HttpStatusCode.Redirect, vote.StatusCode);
        var results = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await agency.Client().GetStringAsync($"participation/resultats/{consultation}"));
        var row = results.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Gris");
        Assert.Equal(["1", "100 %", "0"], row.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        Assert.NotNull(results.QuerySelector("svg[role=img] title"));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        var late = await Forms.SubmitAsync(browser, $"participation/voter?item={consultation}", new Dictionary<string, string> { ["Item"] = consultation, ["QuestionId"] = "q", ["OptionIds"] = "a" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains(Forms.Errors(await late.Content.ReadAsStringAsync()), e => e.Contains("close", StringComparison.Ordinal));
    }
}
