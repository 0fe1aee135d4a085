using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ngp.Tests.Harness;
using SkiaSharp;
using Xunit.Abstractions;

namespace Ngp.Tests.Integration;

/// <summary>
/// Two web nodes as separate processes on one PostgreSQL server behind nginx, as an operator deploys them (README,
/// « Several web nodes »): what one node does, the other shows; votes through nginx are each counted once, even when a
/// node is killed in the middle of a burst. The figures (delays, counts) go to the test's output.
/// </summary>
public sealed class WebNodesBehindNginxTestsOnPostgres(NodesBehindNginx nodes, ITestOutputHelper output) : IClassFixture<NodesBehindNginx>
{
    private const int Publishes = 20;
    private const int VoteQuestions = 20;
    private const int BurstQuestions = 6;

    // Far below the 60 s a public page is kept: passing within it needs the change notifications.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [SkippableFact]
    public async Task SignedInOnNodeA_CommentPostedThroughNodeB_IsAcceptedAndKept()
    {
        nodes.EnsureAvailable();
        var resident = (await nodes.ResidentsAsync())[0];
        using var admin = await nodes.AdminAsync(nodes.NodeA.BaseAddress);
        var consultation = await nodes.PublishConsultationAsync(admin, 1, "Concertation commentée");
        var cookies = new CookieContainer();
        using var browserOnA = Browser(nodes.NodeA, cookies);
        using var browserOnB = Browser(nodes.NodeB, cookies);

        var signIn = await Forms.SubmitAsync(browserOnA, "compte/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = resident.Email,
            ["Input.Password"] = NodesBehindNginx.ResidentPassword,
        });
        var accountOnB = await browserOnB.GetAsync("compte");
        var comment = await Forms.SubmitAsync(browserOnB, $"participation/commenter?item={consultation}", new Dictionary<string, string>
        {
            ["Input.Item"] = consultation, ["Input.Stance"] = "for", ["Input.Body"] = "Posté sur le second nœud après connexion sur le premier.",
        });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accountOnB.StatusCode);
        Assert.Contains(resident.Email, await accountOnB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        var thread = await admin.GetFromJsonAsync<JsonElement>($"api/v1/content/{consultation}/comments");
        Assert.Contains(thread.GetProperty("items").EnumerateArray(), c => c.GetProperty("bodyHtml").GetString()!.Contains("Posté sur le second nœud", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task NewsPublishedOnNodeA_ShowsOnNodeBsHomePage_WithinSeconds()
    {
        nodes.EnsureAvailable();
        using var adminOnA = await nodes.AdminAsync(nodes.NodeA.BaseAddress);
        using var visitorOnB = nodes.Client(NodesBehindNginx.AgencyRoot(nodes.NodeB.BaseAddress));
        await visitorOnB.GetStringAsync("");

        var delays = new List<double>();
        for (var n = 1; n <= Publishes; n++)
        {
            var title = $"Publication {n} du premier nœud {Guid.NewGuid().ToString("N")[..6]}";
            await NewsApi.CreateAndPublishAsync(adminOnA, title);
            var acknowledged = Stopwatch.GetTimestamp();
            await NodesBehindNginx.EventuallyAsync(async () => (await visitorOnB.GetStringAsync("")).Contains(title, StringComparison.Ordinal),
                Patience, $"Node B's home page still lacks « {title} », published on node A {Patience.TotalSeconds:0} s ago.");
            delays.Add(Stopwatch.GetElapsedTime(acknowledged).TotalMilliseconds);
        }

        output.WriteLine($"Cross-node delay over {Publishes} publishes (A's answer → B's home page shows it): p50 {Percentile(delays, 0.50):0} ms, p95 {Percentile(delays, 0.95):0} ms, max {delays.Max():0} ms.");
    }

    [SkippableFact]
    public async Task ThousandVotesThroughNginx_FromManyResidents_AreEachCountedOnce()
    {
        nodes.EnsureAvailable();
        var residents = await nodes.ResidentsAsync();
        using var admin = await nodes.AdminAsync(nodes.Nginx.BaseAddress);
        var consultation = await nodes.PublishConsultationAsync(admin, VoteQuestions, "Mille votes");
        var before = (await nodes.Nginx.AccessLogAsync()).Count;

        var started = Stopwatch.GetTimestamp();
        var statuses = await VoteAsync(residents, consultation, VoteQuestions, afterEach: null);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var voters = await NodesBehindNginx.VotersAsync(admin, consultation);
        var servedBy = (await nodes.Nginx.AccessLogAsync()).Skip(before).Where(r => r.Path.EndsWith("/votes", StringComparison.Ordinal))
            .GroupBy(r => r.Upstreams[^1]).ToDictionary(g => g.Key, g => g.Count());

        output.WriteLine("Set-up: " + string.Join("; ", nodes.Timings));
        output.WriteLine($"{statuses.Count} votes from {residents.Count} residents through nginx in {seconds:0.0} s: {statuses.Values.Count(IsAcknowledged)} acknowledged, {voters.Values.Sum()} counted; served by {string.Join(", ", servedBy.Select(s => $"{s.Key}: {s.Value}"))}.");
        Assert.Equal(residents.Count * VoteQuestions, statuses.Values.Count(IsAcknowledged));
        Assert.All(voters.Values, count => Assert.Equal(residents.Count, count));
        Assert.Equal(residents.Count * VoteQuestions, voters.Values.Sum());
        Assert.Contains($"127.0.0.1:{nodes.NodeA.Port}", servedBy.Keys);
        Assert.Contains($"127.0.0.1:{nodes.NodeB.Port}", servedBy.Keys);
    }

    [SkippableFact]
    public async Task ImageUploadedOnNodeA_IsServedByNodeB()
    {
        nodes.EnsureAvailable();
        using var adminOnA = await nodes.AdminAsync(nodes.NodeA.BaseAddress);

        var uploaded = await MediaSamples.UploadAsync(adminOnA, MediaSamples.Image(SKEncodedImageFormat.Png, 1200, 800), "photo.png", "image/png");
        var body = await uploaded.Content.ReadAsStringAsync();
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, $"{(int)uploaded.StatusCode} {body}");
        var url = JsonDocument.Parse(body).RootElement.GetProperty("url").GetString()!;
        using var visitorOnB = nodes.Client(nodes.NodeB.BaseAddress);
        var served = await visitorOnB.GetAsync(url.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        using var image = MediaSamples.Decode(await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(1200, image.Width);
    }

    [SkippableFact]
    public async Task NewsPublishedOnNodeA_IsFoundBySearchOnNodeB()
    {
        nodes.EnsureAvailable();
        using var adminOnA = await nodes.AdminAsync(nodes.NodeA.BaseAddress);
        var word = "Zéphyrin" + string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 26))));
        var title = $"Fête des voisins chez {word}";
        await NewsApi.CreateAndPublishAsync(adminOnA, title);
        using var visitorOnB = nodes.Client(NodesBehindNginx.AgencyRoot(nodes.NodeB.BaseAddress));

        await NodesBehindNginx.EventuallyAsync(async () => SearchHarness.Titles(await SearchHarness.SearchAsync(visitorOnB, "q=" + Uri.EscapeDataString(word))).Contains(title),
            TimeSpan.FromSeconds(30), $"Node B's search does not find « {title} », published on node A.");
    }

    [SkippableFact]
    public async Task NodeAKilledInTheMiddleOfAVoteBurst_EveryAcknowledgedVoteIsCounted_AndNginxSendsTheRestToNodeB()
    {
        nodes.EnsureAvailable();
        var residents = await nodes.ResidentsAsync();
        using var adminOnB = await nodes.AdminAsync(nodes.NodeB.BaseAddress);
        var consultation = await nodes.PublishConsultationAsync(adminOnB, BurstQuestions, "Vote pendant la panne");
        var before = (await nodes.Nginx.AccessLogAsync()).Count;
        var nodeA = $"127.0.0.1:{nodes.NodeA.Port}";
        var nodeB = $"127.0.0.1:{nodes.NodeB.Port}";
        var total = residents.Count * BurstQuestions;

        // A quarter of the way through the burst, node A dies at once (SIGKILL), with votes in flight.
        var answered = 0;
        Task? killing = null;
        var statuses = await VoteAsync(residents, consultation, BurstQuestions, afterEach: () =>
        {
            if (Interlocked.Increment(ref answered) == total / 4)
                killing = nodes.NodeA.KillAsync();
        });
        Assert.NotNull(killing);
        await killing;
        var acknowledged = statuses.Where(s => IsAcknowledged(s.Value)).Select(s => s.Key).ToList();
        var refused = statuses.Where(s => !IsAcknowledged(s.Value)).Select(s => s.Key).ToList();
        var log = (await nodes.Nginx.AccessLogAsync()).Skip(before).Where(r => r.Path.EndsWith("/votes", StringComparison.Ordinal)).ToList();
        var counted = await NodesBehindNginx.VotersAsync(adminOnB, consultation);

        // The votes nginx could not deliver (those node A held when it died) are sent again, as a voter would.
        var retried = await VoteAsync(residents, consultation, BurstQuestions, afterEach: null, only: refused.ToHashSet());
        var finalCount = await NodesBehindNginx.VotersAsync(adminOnB, consultation);
        await nodes.RestartNodeAAsync();
        output.WriteLine(nodes.Timings[^1]);

        var movedToB = log.Count(r => r.Upstreams.Count == 2 && r.Upstreams[0] == nodeA && r.Upstreams[1] == nodeB && IsAcknowledged(r.Status));
        var afterKillOnB = log.SkipWhile(r => r.Upstreams[^1] != nodeA || IsAcknowledged(r.Status)).Count(r => r.Upstreams[^1] == nodeB && IsAcknowledged(r.Status));
        output.WriteLine($"Burst of {total} votes through nginx, node A killed after {total / 4} answers: {acknowledged.Count} acknowledged (2xx), {refused.Count} not ({string.Join(", ", refused.Select(r => statuses[r]).GroupBy(s => s).Select(g => $"{g.Count()} × {g.Key}"))}); counted right after: {counted.Values.Sum()}; {movedToB} votes nginx moved from A to B; after sending the refused ones again: {finalCount.Values.Sum()} counted.");
        foreach (var question in Enumerable.Range(1, BurstQuestions).Select(q => "q" + q))
        {
            var acknowledgedHere = acknowledged.Count(k => k.Question == question);
            var attempted = residents.Count;
            Assert.InRange(counted[question], acknowledgedHere, attempted);
            Assert.Equal(residents.Count, finalCount[question]);
        }
        // Only the requests node A held when it died can fail: one per resident at most, as each votes in turn.
        Assert.InRange(refused.Count, 0, residents.Count);
        Assert.All(retried.Values, status => Assert.True(IsAcknowledged(status), $"A vote sent again after the kill answered {status}."));
        Assert.True(movedToB + afterKillOnB > 0, "No vote reached node B after node A died.");
    }

    private static HttpClient Browser(WebNodeProcess node, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = NodesBehindNginx.AgencyRoot(node.BaseAddress),
        };

    private static bool IsAcknowledged(int status) => status is >= 200 and < 300;

    private sealed record VoteKey(int Resident, string Question);

    /// <summary>Every resident at once through nginx, each voting its questions in turn; the status of each vote (0: no answer).</summary>
    private async Task<Dictionary<VoteKey, int>> VoteAsync(IReadOnlyList<NodesBehindNginx.Resident> residents, string consultation, int questions, Action? afterEach, HashSet<VoteKey>? only = null)
    {
        var statuses = new ConcurrentDictionary<VoteKey, int>();
        var root = NodesBehindNginx.AgencyRoot(nodes.Nginx.BaseAddress);
        await Task.WhenAll(residents.Select((resident, i) => Task.Run(async () =>
        {
            using var client = nodes.Client(root, resident.Token);
            for (var q = 1; q <= questions; q++)
            {
                var key = new VoteKey(i, "q" + q);
                if (only is not null && !only.Contains(key))
                    continue;
                var option = ((i + q) % 3) switch { 0 => "a", 1 => "b", _ => "c" };
                try
                {
                    using var vote = await client.PostAsJsonAsync($"api/v1/consultations/{consultation}/votes", new { questionId = key.Question, optionIds = new[] { option } });
                    statuses[key] = (int)vote.StatusCode;
                }
                catch (HttpRequestException)
                {
                    statuses[key] = 0;
                }
                afterEach?.Invoke();
            }
        })));
        return new Dictionary<VoteKey, int>(statuses);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
    }
}
