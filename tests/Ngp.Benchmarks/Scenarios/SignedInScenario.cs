using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ngp.Benchmarks.Infrastructure;
using Npgsql;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// The pages a signed-in resident reads, each loaded by 32 connections carrying 1,000 distinct residents' session
/// cookies in turn: requests/s and p99 against the bare app measured in the same run, and the SQL commands each page
/// runs for one resident (counted from the site's own EF command log on a second start over the same data).
/// </summary>
public sealed partial class SignedInScenario : IScenario
{
    public const int Residents = 1000;
    public const int Comments = 200;
    public const int NewsItems = 20;
    private const string Prefix = "bench-signed-in";
    private const string Password = "Bench-Resident-42";
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public string Name => "signed-in";

    public string Description => $"pages a signed-in resident reads (home, news, project with {Comments} comments, consultation, results, meetings, notifications, account, search), {Residents} residents' cookies over the connections, vs bare Kestrel (goal ≥ 10 %, p99 ≤ 10×), SQL commands per page; --provider sqlite|postgres";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var options = context.Options;
        if (options.Driver != "dotnet")
            throw new InvalidOperationException("The signed-in scenario sends a different cookie on each request: only --driver dotnet does that.");

        var environment = new Dictionary<string, string>(NewsAgency.NoDemo)
        {
            ["Ngp__Participation__CommentsPerMinute"] = "100000",
            ["Ngp__Participation__VotesPerMinute"] = "100000",
        };
        string? template = null;
        var databasePrefix = "bench" + Guid.NewGuid().ToString("N")[..8];
        if (options.Provider == "postgres")
        {
            template = Environment.GetEnvironmentVariable("NGP_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("NGP_TEST_POSTGRES")
                ?? throw new InvalidOperationException("--provider postgres: set NGP_BENCH_POSTGRES (or NGP_TEST_POSTGRES) to a connection string with {database}, as .ci/run does.");
            environment["Ngp__Database__Provider"] = "Postgres";
            environment["Ngp__Database__ConnectionStringTemplate"] = template;
            environment["Ngp__Database__DatabasePrefix"] = databasePrefix;
        }

        try
        {
            return await MeasureAsync(context, environment, ct);
        }
        finally
        {
            if (template is not null)
                await DropDatabasesAsync(template, databasePrefix);
        }
    }

    private async Task<ScenarioResult> MeasureAsync(BenchContext context, Dictionary<string, string> environment, CancellationToken ct)
    {
        var options = context.Options;
        var data = context.NewDataFolder("signed-in");
        var root = default(Uri)!;
        CookieJars cookies;
        List<Page> pages;
        Measure bare;
        var measures = new List<(Page Page, Measure Measure)>();

        await using (var site = context.StartSite("signed-in-site", data, environment))
        {
            using (var agency = await CreateAgencyAsync(context, site, ct))
            {
                root = new Uri(site.BaseAddress, Prefix + "/");
                (cookies, pages) = await PrepareAsync(context, agency, root, ct);
            }

            // The bare app runs beside the site, so both see the same machine: measured once before the pages.
            await using (var bareServer = context.StartBare("signed-in-bare"))
            {
                await bareServer.WaitForOkAsync("/", options.StartTimeout, ct);
                bare = await MeasureAsync(context, bareServer, new Page("bare", "/", null), cookies, ct);
            }
            foreach (var page in pages)
                measures.Add((page, await MeasureAsync(context, site, page, cookies, ct)));
        }

        // A second start over the same data with EF's command log on (too costly to leave on under load).
        var queries = new Dictionary<string, (int First, int Again)>();
        var commandsFile = Path.Combine(context.Artifacts, $"signed-in-{options.Provider}-commands.txt");
        var logEnvironment = new Dictionary<string, string>(environment)
        {
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            // The request's scope on each entry tells a page's commands from the background jobs' ones.
            ["Logging__Console__IncludeScopes"] = "true",
        };
        await using (var counting = context.StartSite("signed-in-count", data, logEnvironment))
        {
            await counting.WaitForOkAsync($"/{Prefix}/", options.StartTimeout, ct);
            var log = new CommandLog();
            counting.LineWritten = log.Add;
            using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = counting.BaseAddress };
            var last = cookies.Count - 1;
            var report = new StringBuilder();
            foreach (var page in pages)
            {
                // Another resident first, so what is kept per page is warm; then one resident twice.
                await GetAsync(client, page.Path, cookies, last, ct);
                var first = await CountAsync(client, log, page.Path, cookies, 1, ct);
                var again = await CountAsync(client, log, page.Path, cookies, 1, ct);
                queries[page.Name] = (first.Count, again.Count);
                report.AppendLine(CultureInfo.InvariantCulture, $"## {page.Name} ({page.Path}): {first.Count} then {again.Count}");
                foreach (var text in first)
                    report.AppendLine(text).AppendLine();
            }
            await File.WriteAllTextAsync(commandsFile, report.ToString(), ct);
        }

        var rows = new List<ReportRow>();
        var b = bare.Load;
        rows.Add(new ReportRow("bare Kestrel `/`: requests/s, p99", $"{Format.Rps(b.RequestsPerSecond)}, p99 {Format.Ms(b.P99Ms)}", "", "", $"{Format.Count(b.Requests)} requests, {Format.Count(b.Errors)} errors"));
        foreach (var (page, measure) in measures)
        {
            var s = measure.Load;
            var (first, again) = queries[page.Name];
            var rpsOk = s.RequestsPerSecond >= 0.1 * b.RequestsPerSecond;
            var p99Ok = s.P99Ms <= 10 * b.P99Ms;
            rows.Add(new ReportRow($"{page.Name}: requests/s", Format.Rps(s.RequestsPerSecond), Format.Rps(b.RequestsPerSecond), Format.Ratio(s.RequestsPerSecond, b.RequestsPerSecond),
                (rpsOk ? "≥ 10 % met" : "below 10 %") + $"; {Format.Count(s.Requests)} requests, {Format.Count(s.Errors)} errors{(s.FirstError is null ? "" : " (" + s.FirstError + ")")}"));
            rows.Add(new ReportRow($"{page.Name}: p99", Format.Ms(s.P99Ms), Format.Ms(b.P99Ms), Format.Ratio(s.P99Ms, b.P99Ms),
                (p99Ok ? "≤ 10× met" : "above 10×") + $"; p50 {Format.Ms(s.P50Ms)}, CPU {Format.Ms(measure.CpuMsPerRequest)}/request"));
            rows.Add(new ReportRow($"{page.Name}: SQL commands (a resident's first view / again)", $"{first} / {again}", "", "", $"{measure.BodyBytes.ToString("#,0", CultureInfo.InvariantCulture)} B"));
        }

        return new ScenarioResult(
            $"Signed-in residents on {(options.Provider == "postgres" ? "PostgreSQL" : "SQLite")}: {Residents} residents' cookies over {options.Connections} connections, {options.Duration.TotalSeconds:0} s a page, vs bare Kestrel in the same run",
            rows,
            [
                $"Each request carries the next resident's cookies (session and antiforgery), kept as a browser keeps them (a renewed session cookie replaces the old one): worker w sends resident w, w + {options.Connections}, … of {Residents}; only 200s count, and each page is checked first to be the signed-in one.",
                $"Agency data: {NewsItems} news, a project with {Comments} comments (a third replies) posted by residents, a consultation of 3 questions with live results voted by half of the residents, a meeting to come, the residents' notifications.",
                "The bare app answers `/` with a few bytes and is loaded with the same cookies, driver and connections, right before the pages.",
                $"SQL commands: the site started again over the same data with EF's command log (Microsoft.EntityFrameworkCore.Database.Command at Information); each page read once by another resident, then twice by one resident (first view / again); only the commands logged within a request's scope, not the background jobs'. The commands themselves: {commandsFile}.",
            ]);
    }

    private static async Task<NgpApi> CreateAgencyAsync(BenchContext context, ServerProcess site, CancellationToken ct)
    {
        await site.WaitForOkAsync("/", context.Options.StartTimeout, ct);
        using (var headOffice = new NgpApi(site.BaseAddress, context.AdminPassword))
        {
            await headOffice.LoginAsync(ct);
            await headOffice.CreateAgencyAsync(Prefix, "Agence des résidents connectés", ct);
        }
        var agency = new NgpApi(new Uri(site.BaseAddress, Prefix + "/"), context.AdminPassword);
        await agency.LoginAsync(ct);
        return agency;
    }

    /// <summary>The agency's content, the residents registered and signed in through the form; returns their cookies and the pages to load.</summary>
    private static async Task<(CookieJars Cookies, List<Page> Pages)> PrepareAsync(BenchContext context, NgpApi agency, Uri root, CancellationToken ct)
    {
        for (var n = 1; n <= NewsItems; n++)
            await PublishAsync(agency, new { type = "News", title = $"Travaux du printemps {n}", parts = new Dictionary<string, object> { ["Summary"] = new { text = NewsAgency.Summary }, ["Body"] = new { markdown = NewsAgency.Markdown } } }, ct);
        var consultation = await PublishAsync(agency, new
        {
            type = "Consultation",
            title = "Concertation des residents",
            parts = new Dictionary<string, object>
            {
                ["Summary"] = new { text = "Trois questions sur les travaux." },
                ["Consultation"] = new
                {
                    results = "live",
                    questions = Enumerable.Range(1, 3).Select(q => new { id = "q" + q, text = $"Question {q} sur les travaux", kind = "single", options = new[] { new { id = "a", text = "Oui" }, new { id = "b", text = "Non" }, new { id = "c", text = "Sans avis" } } }).ToArray(),
                },
            },
        }, ct);
        var project = await PublishAsync(agency, new
        {
            type = "Project",
            title = "Projet des residents",
            parts = new Dictionary<string, object>
            {
                ["Summary"] = new { text = "Un projet de travaux très commenté." },
                ["Phases"] = new { current = "during" },
                ["RoadMap"] = new { dialogue = "Réunions mensuelles.", indicators = new[] { new { name = "Logements isolés", unit = "logements", target = 120, values = new[] { new { date = "2026-05-31", value = 18 } } } } },
            },
        }, ct);
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(10), Paris);
        await PublishAsync(agency, new
        {
            type = "Meeting",
            title = "Reunion des residents",
            parts = new { Summary = new { text = "Point sur les travaux." } },
            fields = new { Kind = "Réunion publique", Start = start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), End = start.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), Place = "Salle polyvalente", Project = project },
        }, ct);

        var csv = new StringBuilder("leaseReference,building,postcode\n");
        for (var i = 0; i < Residents; i++)
            csv.Append(CultureInfo.InvariantCulture, $"SIGNED-{i:00000},Résidence du Parc,38600\n");
        await agency.SendCsvAsync("api/v1/leases", csv.ToString(), ct);

        using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 };
        var jars = new CookieContainer[Residents];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, Residents), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            var email = $"resident{i}@bench.test";
            using (var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = root, Timeout = TimeSpan.FromMinutes(5) })
            using (var register = await anonymous.PostAsJsonAsync("api/v1/account/register", new { email, password = Password, leaseReference = $"SIGNED-{i:00000}" }, token))
                register.EnsureSuccessStatusCode();
            jars[i] = await SignInAsync(root, email, token);
        });
        var cookies = new CookieJars(root, jars);
        context.Log($"{Residents} residents registered and signed in in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");

        // Half the residents vote (their vote is on the page they read); 200 comments, a third of them replies.
        await Parallel.ForEachAsync(Enumerable.Range(0, Residents / 2), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            for (var q = 1; q <= 3; q++)
                await PostJsonAsync(handler, root, cookies.Header(i), $"api/v1/consultations/{consultation}/votes", new { questionId = "q" + q, optionIds = new[] { ((i + q) % 3) switch { 0 => "a", 1 => "b", _ => "c" } } }, token);
        });
        long? last = null;
        for (var n = 0; n < Comments; n++)
        {
            var stance = (n % 3) switch { 0 => "for", 1 => "against", _ => "neutral" };
            var posted = await PostJsonAsync(handler, root, cookies.Header(n), $"api/v1/content/{project}/comments", new
            {
                body = $"Commentaire n° {n} : **avis** sur le calendrier des travaux et l'accès au chantier.",
                stance,
                proposal = stance == "against" ? "Commencer plus tard le samedi." : null,
                parentId = n % 3 == 2 ? last : null,
            }, ct);
            if (n % 3 == 0)
                last = posted.GetProperty("id").GetInt64();
        }

        var pages = new List<Page>
        {
            new("home", $"/{Prefix}/", null),
            new("news list", $"/{Prefix}/actualites", null),
            new("news item", $"/{Prefix}/actualites/travaux-du-printemps-{NewsItems}", null),
            new($"project ({Comments} comments)", $"/{Prefix}/projets/projet-des-residents", null),
            new("consultation (vote form, live results)", $"/{Prefix}/concertations/concertation-des-residents", "<form"),
            new("results", $"/{Prefix}/participation/resultats/{consultation}", null),
            new("meetings", $"/{Prefix}/reunions", null),
            new("notifications", $"/{Prefix}/notifications", null),
            new("account", $"/{Prefix}/compte", null),
            new("search", $"/{Prefix}/recherche?q=travaux", null),
        };
        return (cookies, pages);
    }

    /// <summary>The login form, as a browser sends it; returns the cookies the browser then keeps for the agency.</summary>
    private static async Task<CookieContainer> SignInAsync(Uri root, string email, CancellationToken ct)
    {
        var jar = new CookieContainer();
        using var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = jar, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = root, Timeout = TimeSpan.FromMinutes(5) };
        var html = await browser.GetStringAsync("compte/connexion", ct);
        var token = CsrfToken().Match(html);
        if (!token.Success)
            throw new InvalidOperationException("No antiforgery token on the login form.");
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["__ngp_csrf"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        using var response = await browser.PostAsync("compte/connexion", new FormUrlEncodedContent(fields), ct);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther))
            throw new InvalidOperationException($"Signing in {email} through the form answered {(int)response.StatusCode}.");
        return jar;
    }

    private static async Task<JsonElement> PostJsonAsync(HttpMessageHandler handler, Uri root, string cookie, string path, object body, CancellationToken ct)
    {
        using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = root, Timeout = TimeSpan.FromMinutes(5) };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {path} with a resident's cookie answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<string> PublishAsync(NgpApi agency, object content, CancellationToken ct)
    {
        var id = (await agency.SendJsonAsync(HttpMethod.Post, "api/v1/content", content, ct)).GetProperty("id").GetString()!;
        await agency.PublishAsync(id, ct);
        return id;
    }

    /// <summary>Checks the page is the signed-in one for a resident, then a warm-up and one measured window.</summary>
    private static async Task<Measure> MeasureAsync(BenchContext context, ServerProcess server, Page page, CookieJars cookies, CancellationToken ct)
    {
        var options = context.Options;
        var url = new Uri(server.BaseAddress, page.Path.TrimStart('/'));
        long bodyBytes;
        using (var probe = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }))
        using (var request = new HttpRequestMessage(HttpMethod.Get, url))
        {
            request.Headers.Add("Cookie", cookies.Header(0));
            using var response = await probe.SendAsync(request, ct);
            cookies.Remember(0, response);
            var html = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} to a signed-in resident; only 200s count.");
            if (page.Name != "bare" && !html.Contains("compte/deconnexion", StringComparison.Ordinal))
                throw new InvalidOperationException($"{url} does not show the resident as signed in (no sign-out link).");
            if (page.MustContain is { } needle && !html.Contains(needle, StringComparison.Ordinal))
                throw new InvalidOperationException($"{url} lacks « {needle} » for a signed-in resident.");
            bodyBytes = Encoding.UTF8.GetByteCount(html);
        }

        context.Log($"{server.Label}: load on {url} ({options.Connections} connections, {cookies.Count} residents' cookies)");
        if (options.Warmup > TimeSpan.Zero)
            await HttpLoadDriver.RunAsync(url, options.Connections, options.Warmup, options.MaxRequests, ct, cookies);
        var cpuBefore = server.CpuTime();
        var load = await HttpLoadDriver.RunAsync(url, options.Connections, options.Duration, options.MaxRequests, ct, cookies);
        var cpu = server.CpuTime() - cpuBefore;
        var served = load.Requests + load.Errors;
        context.Log($"{server.Label}: {page.Name}: {Format.Rps(load.RequestsPerSecond)}, p50 {Format.Ms(load.P50Ms)}, p99 {Format.Ms(load.P99Ms)}, errors {load.Errors}");
        return new Measure(load, served > 0 ? cpu.TotalMilliseconds / served : double.NaN, bodyBytes);
    }

    private static async Task GetAsync(HttpClient client, string path, CookieJars cookies, int person, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        request.Headers.Add("Cookie", cookies.Header(person));
        using var response = await client.SendAsync(request, ct);
        cookies.Remember(person, response);
        await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} on the counting start.");
    }

    /// <summary>The commands logged while one request is served (the console log is written asynchronously: a pause after).</summary>
    private static async Task<IReadOnlyList<string>> CountAsync(HttpClient client, CommandLog log, string path, CookieJars cookies, int person, CancellationToken ct)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(300), ct);
        log.Reset();
        await GetAsync(client, path, cookies, person, ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), ct);
        return log.Commands();
    }

    private static async Task DropDatabasesAsync(string template, string prefix)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(template.Replace("{database}", "postgres", StringComparison.Ordinal));
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE @prefix", connection))
        {
            list.Parameters.AddWithValue("prefix", prefix + "\\_%");
            await using var rows = await list.ExecuteReaderAsync();
            while (await rows.ReadAsync())
                names.Add(rows.GetString(0));
        }
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [GeneratedRegex("name=\"__ngp_csrf\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();

    private sealed record Page(string Name, string Path, string? MustContain);

    private sealed record Measure(LoadResult Load, double CpuMsPerRequest, long BodyBytes);

    /// <summary>
    /// Reads EF's « Executed DbCommand » entries from the console log (a header line, then the message's lines),
    /// keeping those run within a request (their scope names its path), not the background jobs' ones.
    /// </summary>
    private sealed class CommandLog
    {
        private readonly Lock _lock = new();
        private readonly List<StringBuilder> _commands = [];
        private StringBuilder? _current;

        public void Add(string line)
        {
            lock (_lock)
            {
                if (line.StartsWith("info: Microsoft.EntityFrameworkCore.Database.Command[20101]", StringComparison.Ordinal))
                {
                    _current = new StringBuilder();
                    _commands.Add(_current);
                }
                else if (line.Length > 5 && line[4] == ':' && !line.StartsWith(' '))
                {
                    _current = null;
                }
                else
                {
                    _current?.AppendLine(line.Trim());
                }
            }
        }

        public void Reset()
        {
            lock (_lock)
            {
                _commands.Clear();
                _current = null;
            }
        }

        public IReadOnlyList<string> Commands()
        {
            lock (_lock)
            {
                return _commands.Select(c => c.ToString().Trim())
                    .Where(c => c.Contains("RequestPath:", StringComparison.Ordinal))
                    .ToList();
            }
        }
    }
}
