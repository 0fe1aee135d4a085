using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>The head office's JSON API, as an administrator's script would use it.</summary>
public sealed class NgpApi : IDisposable
{
    private readonly HttpClient _client;
    private readonly string _password;

    public NgpApi(Uri baseAddress, string password)
    {
        _client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        _password = password;
    }

    public async Task LoginAsync(CancellationToken ct)
    {
        using var response = await _client.PostAsJsonAsync("api/v1/auth/token", new { email = BenchContext.AdminEmail, password = _password }, ct);
        await EnsureAsync(response, HttpStatusCode.OK, "POST api/v1/auth/token", ct);
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(ct)
            ?? throw new InvalidOperationException("Empty token response.");
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
    }

    /// <summary>Creates an agency from the "agency" recipe; returns how long the request took.</summary>
    public async Task<TimeSpan> CreateAgencyAsync(string name, string displayName, CancellationToken ct)
    {
        var body = new
        {
            name,
            displayName,
            urlPrefix = name,
            hostNames = Array.Empty<string>(),
            recipe = "agency",
            adminEmail = BenchContext.AdminEmail,
            adminPassword = _password,
        };
        var start = Stopwatch.GetTimestamp();
        using var response = await _client.PostAsJsonAsync("api/v1/tenants", body, ct);
        var elapsed = Stopwatch.GetElapsedTime(start);
        await EnsureAsync(response, HttpStatusCode.Created, $"POST api/v1/tenants ({name})", ct);
        return elapsed;
    }

    /// <summary>The home page of every running tenant: "/" for the head office, "/prefix/" for an agency.</summary>
    public async Task<IReadOnlyList<string>> HomePagesAsync(CancellationToken ct)
    {
        var tenants = await _client.GetFromJsonAsync<List<TenantResponse>>("api/v1/tenants", ct) ?? [];
        return tenants
            .Where(t => t.State == "Running")
            .Select(t => string.IsNullOrEmpty(t.UrlPrefix) ? "/" : $"/{t.UrlPrefix}/")
            .ToList();
    }

    /// <summary>GETs each page once, anonymously; returns the time of each and the failures.</summary>
    public async Task<(List<TimeSpan> Times, List<string> Failures)> TouchAsync(IEnumerable<string> paths, CancellationToken ct)
    {
        var times = new List<TimeSpan>();
        var failures = new List<string>();
        foreach (var path in paths)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
            request.Headers.Authorization = null;
            var start = Stopwatch.GetTimestamp();
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            times.Add(Stopwatch.GetElapsedTime(start));
            if (response.StatusCode != HttpStatusCode.OK)
                failures.Add($"{path}: {(int)response.StatusCode}");
        }
        return (times, failures);
    }

    /// <summary>Creates a news item (a draft) through <c>POST api/v1/content</c>; returns its id.</summary>
    public async Task<string> CreateNewsAsync(string title, string summary, string markdown, CancellationToken ct)
    {
        var body = new { type = "News", title, parts = new Dictionary<string, object> { ["Summary"] = new { text = summary }, ["Body"] = new { markdown } } };
        using var response = await _client.PostAsJsonAsync("api/v1/content", body, ct);
        await EnsureAsync(response, HttpStatusCode.Created, "POST api/v1/content", ct);
        var created = await response.Content.ReadFromJsonAsync<ContentResponse>(ct) ?? throw new InvalidOperationException("Empty content response.");
        return created.Id;
    }

    public async Task PublishAsync(string id, CancellationToken ct)
    {
        using var response = await _client.PostAsync($"api/v1/content/{id}/publish", null, ct);
        await EnsureAsync(response, HttpStatusCode.OK, $"POST api/v1/content/{id}/publish", ct);
    }

    /// <summary>Sends JSON (or nothing) and returns the JSON answer; throws on a status other than 2xx.</summary>
    public async Task<System.Text.Json.JsonElement> SendJsonAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Sends a CSV body (a lease list); throws on a status other than 2xx.</summary>
    public async Task SendCsvAsync(string path, string csv, CancellationToken ct)
    {
        using var response = await _client.PostAsync(path, new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }

    public void Dispose() => _client.Dispose();

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, string what, CancellationToken ct)
    {
        if (response.StatusCode == expected)
            return;
        var body = await response.Content.ReadAsStringAsync(ct);
        throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
    }

    private sealed record ContentResponse(string Id);

    private sealed record TokenResponse(string Token, DateTimeOffset ExpiresUtc);

    private sealed record TenantResponse(string Name, string State, string UrlPrefix);
}
