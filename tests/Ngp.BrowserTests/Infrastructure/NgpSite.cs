using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Ngp.BrowserTests.Infrastructure;

/// <summary>
/// The real site on Kestrel (127.0.0.1, free port), in this process, with a fresh data folder, no demo agencies
/// and a known head-office administrator. Agencies are created through the head office's API, one per test.
/// </summary>
public sealed class NgpSite : IAsyncLifetime
{
    public const string AdminEmail = "admin@ngp.local";

    /// <summary>Meets the password rules: at least 10 characters, upper case, lower case, digit.</summary>
    public const string AdminPassword = "Siege-Navigateur-2026";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "ngp-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private WebApplication? _app;
    private HttpClient? _api;
    private string? _token;
    private DateTimeOffset _tokenExpiresUtc;

    /// <summary>The running site's services, for a step a browser cannot take (a notice raised by a module).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The site is not started.");

    /// <summary>Root of the site (the head office), ending with a slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        // The test host is the entry assembly: name the site so its Razor pages and static web assets are found.
        _app = Ngp.Web.NgpHost.Build(["--applicationName=Ngp.Web", "--environment=Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Ngp:DataPath"] = _dataPath,
                ["Ngp:Setup:AdminEmail"] = AdminEmail,
                ["Ngp:Setup:AdminPassword"] = AdminPassword,
                ["Ngp:Setup:DemoRecipe"] = "",
                ["Ngp:RateLimits:Enabled"] = "false",
                // A throwaway data folder: its keys need no certificate.
                ["Ngp:DataProtection:AllowUnprotectedKeys"] = "true",
                // Production refuses e-mail links to a loopback address; these journeys read no e-mail.
                ["Ngp:Notifications:PublicBaseUrl"] = "https://participation.example.org",
                ["urls"] = "http://127.0.0.1:0",
            });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });

        // The tenants are set up (head office, migrations) by a hosted service before Kestrel listens.
        await _app.StartAsync();

        var address = _app.Urls.FirstOrDefault(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel did not report a loopback address: {string.Join(", ", _app.Urls)}.");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        _api = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>
    /// Creates a fresh agency from the <c>agency</c> recipe (demo leases DEMO-0001…DEMO-0020), with a unique name and
    /// URL prefix, so that no two tests share a tenant.
    /// </summary>
    public async Task<TestAgency> CreateAgencyAsync(string namePrefix = "agence-test", string recipe = "agency-demo")
    {
        var name = $"{namePrefix}-{Guid.NewGuid().ToString("N")[..8]}";
        var displayName = $"Agence test {name[^8..]}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/tenants")
        {
            Content = JsonContent.Create(new
            {
                name,
                displayName,
                urlPrefix = name,
                hostNames = Array.Empty<string>(),
                recipe,
                adminEmail = AdminEmail,
                adminPassword = AdminPassword,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        using var response = await Api.SendAsync(request);
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
            throw new InvalidOperationException($"Creating agency '{name}' answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return new TestAgency(name, displayName, new Uri(BaseAddress, name + "/"), AdminEmail, AdminPassword);
    }

    /// <summary>Asks an agency's API for a token; false when the credentials are refused (the account does not exist).</summary>
    public async Task<bool> CanGetTokenAsync(TestAgency agency, string email, string password)
    {
        using var response = await Api.PostAsJsonAsync(agency.Url("api/v1/auth/token"), new { email, password });
        return response.IsSuccessStatusCode;
    }

    /// <summary>Sends a JSON request to an agency's API as someone of that agency; fails the test on an error answer.</summary>
    public async Task<System.Text.Json.JsonElement> AgencyApiAsync(TestAgency agency, string email, string password, HttpMethod method, string relative, object? body = null)
    {
        using var tokenResponse = await Api.PostAsJsonAsync(agency.Url("api/v1/auth/token"), new { email, password });
        var token = await tokenResponse.Content.ReadFromJsonAsync<TokenResponse>()
            ?? throw new InvalidOperationException($"No token for {email} in {agency.Name}.");
        using var request = new HttpRequestMessage(method, agency.Url(relative)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        using var response = await Api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {relative} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }

    private HttpClient Api => _api ?? throw new InvalidOperationException("The site is not started.");

    private async Task<string> TokenAsync()
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (_token is not null && _tokenExpiresUtc > DateTimeOffset.UtcNow.AddMinutes(1))
                return _token;
            using var response = await Api.PostAsJsonAsync("api/v1/auth/token", new { email = AdminEmail, password = AdminPassword });
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"The head office refused the administrator's token ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>()
                ?? throw new InvalidOperationException("The token answer was empty.");
            (_token, _tokenExpiresUtc) = (token.Token, token.ExpiresUtc);
            return _token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is left behind, which does not fail the tests.
        }
        _tokenLock.Dispose();
    }

    private sealed record TokenResponse(string Token, DateTimeOffset ExpiresUtc);
}
