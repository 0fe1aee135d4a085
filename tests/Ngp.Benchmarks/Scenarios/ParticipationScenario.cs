using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// Participation under load, on SQLite: 1,000 residents registered through the API cast 10,000 votes at once
/// (votes per second, none lost); then a project page with 200 comments and the live results of those votes,
/// requests per second and latency against bare Kestrel in the same run.
/// </summary>
public sealed class ParticipationScenario : IScenario
{
    public const int Residents = 1000;
    public const int Questions = 10;
    public const int Comments = 200;
    private const string Prefix = "bench-participation";

    public string Name => "participation";

    public string Description => $"{Residents} residents cast {Residents * Questions} votes at once (votes/s, lost votes; goal ≥ 1,500/s, 0 lost); project page with {Comments} comments and results page vs bare Kestrel (goal ≥ 30 %, p99 ≤ 50 ms)";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        ThroughputScenario.Measure bare;
        (double Seconds, int Failures) bareVotes;
        await using (var server = context.StartBare("participation-bare", Path.Combine(context.NewDataFolder("participation-bare"), "votes.db")))
        {
            await server.WaitForOkAsync("/", context.Options.StartTimeout, ct);
            bare = await ThroughputScenario.MeasureAsync(context, server, "/", ct);
            using var bareHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 };
            bareVotes = await CastAllAsync(bareHandler, server.BaseAddress, Enumerable.Range(0, Residents).Select(i => $"bare-resident-{i}").ToArray(), "votes", ct);
            context.Log($"bare: {Residents * Questions} votes in {bareVotes.Seconds:0.00} s, {bareVotes.Failures} refused");
        }

        var environment = new Dictionary<string, string>(NewsAgency.NoDemo)
        {
            ["Ngp__Participation__CommentsPerMinute"] = "100000",
            ["Ngp__Participation__VotesPerMinute"] = "100000",
        };
        await using var site = context.StartSite("participation-site", context.NewDataFolder("participation"), environment);
        using (var headOffice = new NgpApi(site.BaseAddress, context.AdminPassword))
        {
            await site.WaitForOkAsync("/", context.Options.StartTimeout, ct);
            await headOffice.LoginAsync(ct);
            await headOffice.CreateAgencyAsync(Prefix, "Agence de la participation", ct);
        }
        var root = new Uri(site.BaseAddress, Prefix + "/");
        using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 };
        using var admin = Client(handler, root, await TokenAsync(handler, root, BenchContext.AdminEmail, context.AdminPassword, ct));

        var consultation = await CreateAsync(admin, new
        {
            type = "Consultation",
            title = "Concertation de charge",
            parts = new Dictionary<string, object>
            {
                ["Summary"] = new { text = "Dix questions." },
                ["Consultation"] = new
                {
                    results = "live",
                    questions = Enumerable.Range(1, Questions).Select(q => new { id = "q" + q, text = $"Question {q}", kind = "single", options = new[] { new { id = "a", text = "Oui" }, new { id = "b", text = "Non" }, new { id = "c", text = "Sans avis" } } }).ToArray(),
                },
            },
        }, ct);
        var project = await CreateAsync(admin, new
        {
            type = "Project",
            title = "Projet de charge",
            parts = new Dictionary<string, object>
            {
                ["Summary"] = new { text = "Un projet très commenté." },
                ["Phases"] = new { current = "during" },
                ["RoadMap"] = new { dialogue = "Réunions mensuelles.", indicators = new[] { new { name = "Logements isolés", unit = "logements", target = 120, values = new[] { new { date = "2026-05-31", value = 18 }, new { date = "2026-09-30", value = 76 } } } } },
            },
        }, ct);

        // Residents the way an agency makes them: the lease list imported, each resident registering with a lease.
        var csv = new StringBuilder("leaseReference,building,postcode\n");
        for (var i = 0; i < Residents; i++)
            csv.Append(CultureInfo.InvariantCulture, $"BENCH-{i:00000},Résidence du Parc,38600\n");
        using (var import = await admin.PostAsync("api/v1/leases", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"), ct))
            import.EnsureSuccessStatusCode();
        var started = Stopwatch.GetTimestamp();
        var tokens = new string[Residents];
        await Parallel.ForEachAsync(Enumerable.Range(0, Residents), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            using var anonymous = Client(handler, root, null);
            var email = $"resident{i}@bench.test";
            using var register = await anonymous.PostAsJsonAsync("api/v1/account/register", new { email, password = "Bench-Resident-42", leaseReference = $"BENCH-{i:00000}" }, token);
            register.EnsureSuccessStatusCode();
            tokens[i] = await TokenAsync(handler, root, email, "Bench-Resident-42", token);
        });
        context.Log($"{Residents} residents registered in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");

        var (voteSeconds, failures) = await CastAllAsync(handler, root, tokens, $"api/v1/consultations/{consultation}/votes", ct);
        var results = await admin.GetFromJsonAsync<JsonElement>($"api/v1/consultations/{consultation}/results", ct);
        var counted = results.GetProperty("questions").EnumerateArray().Sum(q => q.GetProperty("voters").GetInt32());
        var cast = Residents * Questions;
        context.Log($"{cast} votes in {voteSeconds:0.00} s, {counted} counted, {failures} refused");

        // 200 comments on the project and on the consultation: a third objections with their proposal, a third replies.
        await PostCommentsAsync(handler, root, tokens, project, ct);
        await PostCommentsAsync(handler, root, tokens, consultation, ct);

        var projectPage = await ThroughputScenario.MeasureAsync(context, site, $"/{Prefix}/projets/projet-de-charge", ct);
        var consultationPage = await ThroughputScenario.MeasureAsync(context, site, $"/{Prefix}/concertations/concertation-de-charge", ct);
        var resultsPage = await ThroughputScenario.MeasureAsync(context, site, $"/{Prefix}/participation/resultats/{consultation}", ct);

        // The same number of bytes from bare Kestrel: how much of the gap is the size of the page rather than its making.
        ThroughputScenario.Measure sameProject, sameConsultation, sameResults;
        await using (var sameBytes = context.StartBare("participation-bare-bytes"))
        {
            await sameBytes.WaitForOkAsync("/", context.Options.StartTimeout, ct);
            sameProject = await ThroughputScenario.MeasureAsync(context, sameBytes, $"/bytes/{projectPage.BodyBytes}", ct);
            sameConsultation = await ThroughputScenario.MeasureAsync(context, sameBytes, $"/bytes/{consultationPage.BodyBytes}", ct);
            sameResults = await ThroughputScenario.MeasureAsync(context, sameBytes, $"/bytes/{resultsPage.BodyBytes}", ct);
        }

        var votesPerSecond = cast / voteSeconds;
        return new ScenarioResult(
            $"Participation on SQLite: {Residents} residents, {cast} votes at once; pages with {Comments} comments and the results of {cast} votes vs bare Kestrel ({context.Options.Connections} connections, {context.Options.Duration.TotalSeconds:0} s)",
            [
                new ReportRow("votes: cast at once / counted / refused", $"{Format.Count(cast)} / {Format.Count(counted)} / {Format.Count(failures)}", "", "", counted == cast && failures == 0 ? "0 lost" : "VOTES LOST"),
                new ReportRow("votes per second", votesPerSecond.ToString("#,0", CultureInfo.InvariantCulture), $"{cast / bareVotes.Seconds:#,0} (bare Kestrel, one SQLite upsert per vote, {bareVotes.Failures} refused)", Format.Ratio(votesPerSecond, cast / bareVotes.Seconds), votesPerSecond >= 1500 ? "goal ≥ 1,500/s met" : "below the 1,500/s goal"),
                .. Rows("project page (200 comments)", projectPage, bare, sameProject),
                .. Rows($"consultation page (200 comments, live results of {Format.Count(cast)} votes)", consultationPage, bare, sameConsultation),
                .. Rows("results page", resultsPage, bare, sameResults),
            ],
            [
                "The pages are read anonymously, as most visitors do: they are served from the public page cache (60 s, cleared on every comment; the results page 5 s, cleared by every vote), so these figures include that cache.",
                "Item pages show their comments twenty threads (a comment and all its replies) a page, with links to the other pages: the 200 comments here are 134 threads on 7 pages, and the figures are those of the first page, where visitors land. The comment count in its heading is that of all pages.",
                "SQL queries per page are counted in tests/Ngp.Tests (ParticipationQueryCountTests): a page of threads runs the same number of queries with 3 or 200 comments on the item.",
                "Votes go through POST api/v1/consultations/{id}/votes with bearer tokens, each resident voting its 10 questions in turn, all residents at once (64 connections).",
                "A vote is answered only once it is committed. The site commits together the votes that arrive while the previous ones are being written (one transaction with their events and follows); the bare baseline commits each vote alone, with no authentication, event or follow.",
                "The goal's baseline answers 5 bytes; the second baseline (bare Kestrel sending a page of the same size held in memory) shows how much of the gap is the page's size on the loopback and in the load driver, which share the machine's cores with the server.",
            ]);
    }

    /// <summary>Every resident at once, each casting its ten votes one after the other; the same load on the site and on the baseline.</summary>
    private static async Task<(double Seconds, int Failures)> CastAllAsync(SocketsHttpHandler handler, Uri root, string[] tokens, string path, CancellationToken ct)
    {
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(tokens.Select((token, i) => Task.Run(async () =>
        {
            using var resident = Client(handler, root, token);
            for (var q = 1; q <= Questions; q++)
            {
                using var vote = await resident.PostAsJsonAsync(path, new { questionId = "q" + q, optionIds = new[] { ((i + q) % 3) switch { 0 => "a", 1 => "b", _ => "c" } } }, ct);
                if (vote.StatusCode != HttpStatusCode.OK)
                    Interlocked.Increment(ref failures);
            }
        }, ct)));
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, failures);
    }

    private static async Task PostCommentsAsync(HttpMessageHandler handler, Uri root, string[] tokens, string item, CancellationToken ct)
    {
        long? last = null;
        for (var n = 0; n < Comments; n++)
        {
            using var author = Client(handler, root, tokens[n % Residents]);
            var stance = (n % 3) switch { 0 => "for", 1 => "against", _ => "neutral" };
            using var posted = await author.PostAsJsonAsync($"api/v1/content/{item}/comments", new
            {
                body = $"Commentaire n° {n} : **avis** sur le calendrier des travaux et l'accès au chantier.",
                stance,
                proposal = stance == "against" ? "Commencer plus tard le samedi." : null,
                parentId = n % 3 == 2 ? last : null,
            }, ct);
            posted.EnsureSuccessStatusCode();
            if (n % 3 == 0)
                last = (await posted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
        }
    }

    private static IEnumerable<ReportRow> Rows(string page, ThroughputScenario.Measure site, ThroughputScenario.Measure bare, ThroughputScenario.Measure sameBytes)
    {
        var s = site.Load;
        var b = bare.Load;
        yield return new ReportRow($"{page}: requests/s", Format.Rps(s.RequestsPerSecond), Format.Rps(b.RequestsPerSecond), Format.Ratio(s.RequestsPerSecond, b.RequestsPerSecond),
            s.RequestsPerSecond >= 0.3 * b.RequestsPerSecond ? "goal ≥ 30 % met" : "below the 30 % goal");
        yield return new ReportRow($"{page}: requests/s against bare Kestrel sending as many bytes", Format.Rps(s.RequestsPerSecond),
            $"{Format.Rps(sameBytes.Load.RequestsPerSecond)} ({sameBytes.BodyBytes.ToString("#,0", CultureInfo.InvariantCulture)} B)", Format.Ratio(s.RequestsPerSecond, sameBytes.Load.RequestsPerSecond));
        yield return new ReportRow($"{page}: latency p50", Format.Ms(s.P50Ms), Format.Ms(b.P50Ms), Format.Ratio(s.P50Ms, b.P50Ms));
        yield return new ReportRow($"{page}: latency p99", Format.Ms(s.P99Ms), Format.Ms(b.P99Ms), Format.Ratio(s.P99Ms, b.P99Ms), s.P99Ms <= 50 ? "goal ≤ 50 ms met" : "above the 50 ms goal");
        yield return new ReportRow($"{page}: requests (200) / errors", $"{Format.Count(s.Requests)} / {Format.Count(s.Errors)}", $"{Format.Count(b.Requests)} / {Format.Count(b.Errors)}", "", s.FirstError ?? "");
        yield return new ReportRow($"{page}: response body", $"{site.BodyBytes.ToString("#,0", CultureInfo.InvariantCulture)} B", $"{bare.BodyBytes} B");
    }

    private static HttpClient Client(HttpMessageHandler handler, Uri root, string? token)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = root, Timeout = TimeSpan.FromMinutes(5) };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TokenAsync(HttpMessageHandler handler, Uri root, string email, string password, CancellationToken ct)
    {
        using var client = Client(handler, root, null);
        using var response = await client.PostAsJsonAsync("api/v1/auth/token", new { email, password }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("token").GetString()!;
    }

    private static async Task<string> CreateAsync(HttpClient admin, object item, CancellationToken ct)
    {
        using var created = await admin.PostAsJsonAsync("api/v1/content", item, ct);
        if (created.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST api/v1/content answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync(ct)}");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        using var published = await admin.PostAsync($"api/v1/content/{id}/publish", null, ct);
        published.EnsureSuccessStatusCode();
        return id;
    }
}
