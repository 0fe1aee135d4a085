using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Comments.Data;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration.Participation;

public sealed class ParticipationQueryCountTests(QuietSqliteFactory factory) : IClassFixture<QuietSqliteFactory>
{
    [Fact]
    public async Task ProjectPage_With200Comments_RunsAsManyQueriesAsWithThree()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        // Signed in, so the page is rendered each time rather than served from the public cache.
        var browser = await ParticipationHarness.BrowserAsync(agency, resident.Email, resident.Password);
        const string page = "projets/rehabilitation-de-la-residence-les-alpins";
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(page)).StatusCode);
        using var counter = new SqlCommandCounter(agency.Name);

        var (few, fewCommands) = await CountAsync(browser, page, counter);

        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            var authors = db.Users.Select(u => u.Id).ToList();
            for (var i = 0; i < 200; i++)
            {
                db.Add(new Comment
                {
                    ContentItemId = ParticipationHarness.DemoProject, AuthorId = authors[i % authors.Count], Stance = i % 2 == 0 ? "against" : "for",
                    Body = $"Commentaire {i}", Proposal = i % 2 == 0 ? $"Proposition {i}" : null, CreatedUtc = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
            var ids = db.Set<Comment>().Where(c => c.Proposal != null && c.Body.StartsWith("Commentaire ") && !db.Set<ProposalSupport>().Any(s => s.CommentId == c.Id)).Select(c => c.Id).ToList();
            foreach (var id in ids)
                db.Add(new ProposalSupport { CommentId = id, UserId = authors[(int)(id % authors.Count)], CreatedUtc = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        // Warm again (caches of settings and definitions expire in seconds), then count a page of threads past the first.
        const string later = page + "?commentaires=5";
        await browser.GetAsync(later);
        Assert.Contains("Commentaire 90", await browser.GetStringAsync(later));
        var (many, manyCommands) = await CountAsync(browser, later, counter);
        Assert.True(few > 0, "the counter saw no query");
        Assert.True(few == many, $"{few} queries before, {many} after:\n" + string.Join("\n---\n", fewCommands) + "\n=====\n" + string.Join("\n---\n", manyCommands));
    }

    [Fact]
    public async Task Votes_WithABearerToken_ReadTheUserAndTheLeaseInOneQuery_ThenNotAgainForTheNextVotes()
    {
        var agency = await factory.CreateAgencyAsync();
        var consultation = await ParticipationHarness.PublishConsultationAsync(await agency.AdminAsync(), results: "live");
        var resident = await agency.CreateResidentAsync();
        var administrator = await agency.Factory.TokenClientAsync(agency.PathBase, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        using var counter = new SqlCommandCounter(agency.Name);
        int LeaseReads() => counter.Commands.Count(c => c.Contains("\"LeaseHolders\"", StringComparison.Ordinal));

        counter.Reset();
        var first = await ParticipationHarness.VoteAsync(resident.Api, consultation, "q", "a");
        var firstReads = LeaseReads();
        counter.Reset();
        var changed = await ParticipationHarness.VoteAsync(resident.Api, consultation, "q", "b");
        var changedReads = LeaseReads();
        counter.Reset();
        var withoutLease = await ParticipationHarness.VoteAsync(administrator, consultation, "q", "b");
        var withoutLeaseReads = LeaseReads();
        counter.Reset();
        var withoutLeaseAgain = await ParticipationHarness.VoteAsync(administrator, consultation, "q", "a");
        var withoutLeaseAgainReads = LeaseReads();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(1, firstReads);
        Assert.Equal(0, changedReads);
        // The administrator holds no lease: the one read says so, and the votes are refused as before.
        Assert.Equal(HttpStatusCode.Forbidden, withoutLease.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutLeaseAgain.StatusCode);
        Assert.Equal(1, withoutLeaseReads);
        Assert.Equal(0, withoutLeaseAgainReads);
    }

    /// <summary>
    /// The queries of one page view. Background services (outbox, scheduled publishing) query the same database now
    /// and then; they only ever add to a count, so the smallest of three views is the page's own.
    /// </summary>
    private static async Task<(int Count, IReadOnlyList<string> Commands)> CountAsync(HttpClient browser, string page, SqlCommandCounter counter)
    {
        (int Count, IReadOnlyList<string> Commands) best = (int.MaxValue, []);
        for (var i = 0; i < 3; i++)
        {
            counter.Reset();
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(page)).StatusCode);
            if (counter.Count < best.Count)
                best = (counter.Count, counter.Commands);
        }
        return best;
    }
}
