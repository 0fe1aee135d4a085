using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// A meeting's synthesis published to <c>--recipients</c> (2,000) people — the named stakeholders of its project — on a
/// SQLite agency pointed at a loopback SMTP server this program runs: the publish request's own latency (it should not
/// wait for e-mails), and the time from the click on publish to the last e-mail accepted by the server. Baseline in
/// the same run: the latency of a request to bare Kestrel.
/// </summary>
public sealed partial class MeetingsScenario : IScenario
{
    private const string Domain = "parties-prenantes.bench";
    private const int BareRequests = 200;
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public string Name => "meetings";

    public string Description => "synthesis published to --recipients (2,000) people: publish request latency vs bare Kestrel, click → last e-mail accepted by a loopback SMTP server";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var recipients = context.Options.Recipients;
        List<double> bare;
        await using (var server = context.StartBare("meetings-bare"))
        {
            await server.WaitForOkAsync("/", context.Options.StartTimeout, ct);
            using var client = new HttpClient { BaseAddress = server.BaseAddress };
            bare = await LatenciesAsync(client, BareRequests, ct);
        }

        await using var smtp = new LoopbackSmtp(Domain);
        await smtp.StartAsync(ct);
        // The per-agency sending quota (600 e-mails a minute by default, a provider's limit) is lifted: the figure is
        // the site's own path from the click to the relay, not the quota an agency would set for its provider.
        var environment = new Dictionary<string, string>(NewsAgency.NoDemo) { ["Ngp__Notifications__RatePerMinute"] = "1000000" };
        await using var site = context.StartSite("meetings-site", context.NewDataFolder("meetings"), environment);
        using var agency = await NewsAgency.CreateAsync(context, site, ct);
        await UseSmtpAsync(new Uri(site.BaseAddress, NewsAgency.Prefix + "/"), context.AdminPassword, smtp.Port, ct);

        var project = await PublishAsync(agency, new
        {
            type = "Project",
            title = "Résidence des parties prenantes",
            parts = new Dictionary<string, object>
            {
                ["Summary"] = new { text = "Un projet suivi par beaucoup de monde." },
                ["RoadMap"] = new
                {
                    stakeholders = Enumerable.Range(1, recipients)
                        .Select(i => new { name = $"Partie prenante {i}", role = "Association", email = $"pp{i}@{Domain}" }).ToArray(),
                },
            },
        }, ct);
        var now = DateTimeOffset.UtcNow;
        var meeting = await PublishAsync(agency, new
        {
            type = "Meeting",
            title = "Réunion publique de charge",
            parts = new { Summary = new { text = "Une réunion dont la synthèse part à tous." } },
            fields = new { Kind = "Réunion publique", Start = Local(now.AddHours(-1)), End = Local(now.AddHours(1)), Place = "Salle polyvalente", Project = project },
        }, ct);
        var closed = await agency.SendJsonAsync(HttpMethod.Post, $"api/v1/meetings/{meeting}/close", new
        {
            attendees = Array.Empty<string>(),
            anonymousAttendees = 40,
            summary = "Le calendrier des travaux est validé.",
            said = "Les habitants ont parlé du bruit et des horaires.",
            decisions = "- Démarrer à 8 h 30.",
            objections = new[] { new { objection = "Trop tôt le matin.", proposal = "Commencer à 8 h 30." } },
            nextSteps = new[] { new { action = "Envoyer le calendrier", owner = "Chargé d'opération", dueDate = "2027-01-15" } },
            publish = false,
        }, ct);
        var synthesis = closed.GetProperty("synthesisId").GetString()!;
        // The request's latency is compared with the bare one: a few requests first, so neither pays a cold path.
        using (var warm = new HttpClient { BaseAddress = site.BaseAddress })
            await LatenciesAsync(warm, 20, ct);

        var click = Stopwatch.GetTimestamp();
        await agency.PublishAsync(synthesis, ct);
        var request = Stopwatch.GetElapsedTime(click);
        var all = await smtp.WaitForAsync(recipients, TimeSpan.FromMinutes(20), ct);
        var last = smtp.LastTimestamp == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(click, smtp.LastTimestamp);
        context.Log($"publish answered in {Format.Ms(request.TotalMilliseconds)}; {smtp.Accepted}/{recipients} e-mails accepted, the last {Format.Seconds(last)} after the click");

        var bareMedian = Median(bare);
        return new ScenarioResult(
            $"Meetings: a synthesis published to {Format.Count(recipients)} recipients through the default workflow (SQLite, loopback SMTP)",
            [
                new ReportRow("publish request latency", Format.Ms(request.TotalMilliseconds), Format.Ms(bareMedian) + " bare request (median)", Format.Ratio(request.TotalMilliseconds, bareMedian),
                    "POST api/v1/content/{synthesis}/publish; goal: it does not wait for the e-mails"),
                new ReportRow($"click → last of {Format.Count(recipients)} e-mails accepted", all ? Format.Seconds(last) : "incomplete",
                    Format.Ms(request.TotalMilliseconds) + " the request itself", Format.Ratio(last.TotalMilliseconds, request.TotalMilliseconds),
                    $"{Format.Count(smtp.Accepted)} accepted; {(last > TimeSpan.Zero ? smtp.Accepted / last.TotalSeconds : 0):0.0} e-mails/s"),
            ],
            [
                "The recipients are the named stakeholders of the meeting's project (no account): the synthesis audience resolves them, the notifier queues one e-mail each in the workflow's transaction, the e-mail dispatcher sends them.",
                "Bare baseline: median of sequential GET / on the bare Kestrel app, one keep-alive connection.",
                "The agency's sending quota (Ngp:Notifications:RatePerMinute, 600 by default) is lifted for this run; with the default, 2,000 e-mails take at least 200 s by design.",
            ]);
    }

    private static string Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Paris).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static async Task<string> PublishAsync(NgpApi agency, object content, CancellationToken ct)
    {
        var id = (await agency.SendJsonAsync(HttpMethod.Post, "api/v1/content", content, ct)).GetProperty("id").GetString()!;
        await agency.PublishAsync(id, ct);
        return id;
    }

    private static async Task<List<double>> LatenciesAsync(HttpClient client, int count, CancellationToken ct)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync("", ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return times;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>The SMTP settings have no API: the administrator signs in and saves the admin form, as a person would.</summary>
    private static async Task UseSmtpAsync(Uri agencyRoot, string password, int port, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = agencyRoot };
        await SubmitAsync(browser, "compte/connexion", null, new() { ["Input.Email"] = BenchContext.AdminEmail, ["Input.Password"] = password }, ct);
        await SubmitAsync(browser, "admin/notifications/smtp", "Save", new()
        {
            ["Input.Host"] = "127.0.0.1",
            ["Input.Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Input.TlsMode"] = "None",
            ["Input.SenderName"] = "Agence de charge",
            ["Input.SenderAddress"] = "ne-pas-repondre@agence.bench",
        }, ct);
    }

    private static async Task SubmitAsync(HttpClient browser, string page, string? handler, Dictionary<string, string> fields, CancellationToken ct)
    {
        var html = await browser.GetStringAsync(page, ct);
        var token = CsrfToken().Match(html);
        if (!token.Success)
            throw new InvalidOperationException($"No antiforgery token on {page}.");
        fields["__ngp_csrf"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var response = await browser.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(fields), ct);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK))
            throw new InvalidOperationException($"POST {page} answered {(int)response.StatusCode}.");
        if (response.StatusCode == HttpStatusCode.OK && page.Contains("connexion", StringComparison.Ordinal))
            throw new InvalidOperationException("Signing in through the form failed.");
    }

    [GeneratedRegex("name=\"__ngp_csrf\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
