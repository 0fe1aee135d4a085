using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;
using Ngp.Tenants;
using Ngp.Tenants.Setup;
using Npgsql;

namespace Ngp.Tests.Harness;

/// <summary>
/// The whole site in memory over a fresh data folder (and, for PostgreSQL, fresh databases under a unique
/// prefix). Each test creates its own agency through <see cref="CreateAgencyAsync"/>, so tests never share a tenant.
/// </summary>
public abstract class NgpFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@ngp.local";
    public const string AdminPassword = "Siege-Admin-2026";
    public const string StrongPassword = "Locataire-Pass-42";

    private string _dataPath = Path.Combine(Path.GetTempPath(), "ngp-tests", Guid.NewGuid().ToString("N")[..12]);
    private int _agencyCount;

    private bool _ownsDatabases = true;
    private string _databasePrefix = "t" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Prefix of the PostgreSQL databases; a second web node shares the first one's (<see cref="SecondPostgresNode"/>, <see cref="JoinDatabasesOf"/>).</summary>
    public string DatabasePrefix { get => _databasePrefix; init => _databasePrefix = value; }

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The data folder; set it before the first request to start on another run's data (a restart).</summary>
    public string DataPath
    {
        get => _dataPath;
        set => _dataPath = value;
    }

    /// <summary>Keeps the data folder and databases at disposal, for a second run on them.</summary>
    public bool KeepData { get; set; }

    /// <summary>
    /// Makes this site another web node of <paramref name="first"/>: the same databases, its own data folder. Call it
    /// before the first request; <paramref name="first"/> drops the databases, so dispose this node first.
    /// </summary>
    public void JoinDatabasesOf(NgpFactory first)
    {
        _databasePrefix = first.DatabasePrefix;
        _ownsDatabases = false;
    }

    protected abstract void AddDatabaseSettings(IDictionary<string, string?> settings);

    /// <summary>Lets a test's own factory replace services (the clock, say) after the site's registrations.</summary>
    protected virtual void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    /// <summary>Lets a test's own factory change settings (rate limits, say) after the defaults.</summary>
    protected virtual void AddSettings(IDictionary<string, string?> settings)
    {
    }

    /// <summary>A copy of the recipes folder that tests may add recipes to.</summary>
    public string RecipesPath => Path.Combine(_dataPath, "recipes");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        EnsureAvailable();
        Directory.CreateDirectory(RecipesPath);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.recipe.json"))
            File.Copy(file, Path.Combine(RecipesPath, Path.GetFileName(file)), overwrite: true);
        var settings = new Dictionary<string, string?>
        {
            ["Ngp:DataPath"] = _dataPath,
            ["Ngp:Recipes:Path"] = RecipesPath,
            ["Ngp:Setup:AdminEmail"] = AdminEmail,
            ["Ngp:Setup:AdminPassword"] = AdminPassword,
            ["Ngp:Setup:DemoRecipe"] = "",
            ["Ngp:Database:DatabasePrefix"] = DatabasePrefix,
            // Tests sign the same accounts in many times a minute; the limits themselves have their own tests.
            ["Ngp:RateLimits:PerAccountPermitLimit"] = "100000",
            ["Ngp:RateLimits:PerIpPermitLimit"] = "100000",
        };
        AddDatabaseSettings(settings);
        AddSettings(settings);
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        // Fewer hashing rounds keep hundreds of test sign-ins fast; the hashing code is the production one.
        builder.ConfigureServices(services =>
        {
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
            ConfigureServices(services);
        });
    }

    /// <summary>Skips (or, on CI, fails) when the provider's server is not there.</summary>
    public virtual void EnsureAvailable()
    {
    }

    /// <summary>A new agency set up from the agency recipe, with its own database, users and cookies.</summary>
    public async Task<Agency> CreateAgencyAsync(string recipe = "agency-demo")
    {
        EnsureAvailable();
        var name = $"agence-{Interlocked.Increment(ref _agencyCount)}-{Guid.NewGuid().ToString("N")[..6]}";
        var setup = Services.GetRequiredService<TenantSetup>();
        var result = await setup.CreateAsync(new CreateTenantRequest
        {
            Name = name,
            DisplayName = "Agence " + name,
            UrlPrefix = name,
            Recipe = recipe,
            AdminEmail = AdminEmail,
            AdminPassword = AdminPassword,
        }, CancellationToken.None);
        Assert.True(result.IsOk, result.Message + " " + string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        return new Agency(this, result.Value);
    }

    public TenantDescriptor HeadOffice => Services.GetRequiredService<TenantRegistry>().Find(TenantDescriptor.HeadOfficeName)!;

    /// <summary>An HTTP client rooted at a tenant's prefix, keeping cookies, not following redirects.</summary>
    public HttpClient ClientFor(string pathBase, bool followRedirects = false)
    {
        EnsureAvailable();
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://localhost" + pathBase + "/"),
            AllowAutoRedirect = followRedirects,
            HandleCookies = true,
        });
        return client;
    }

    /// <summary>A client of the tenant carrying a bearer token of the given account.</summary>
    public async Task<HttpClient> TokenClientAsync(string pathBase, string email, string password)
    {
        var client = ClientFor(pathBase);
        var response = await client.PostAsJsonAsync("api/v1/auth/token", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Token refused for {email}: {(int)response.StatusCode} {body}");
        var token = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> HeadOfficeAdminAsync() => TokenClientAsync("", AdminEmail, AdminPassword);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (KeepData)
        {
            GC.SuppressFinalize(this);
            return;
        }
        if (_ownsDatabases)
            await DropDatabasesAsync();
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_dataPath))
                Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaks a temp folder; it must not fail the test run.
        }
        GC.SuppressFinalize(this);
    }

    protected virtual Task DropDatabasesAsync() => Task.CompletedTask;
}

public class SqliteFactory : NgpFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void AddDatabaseSettings(IDictionary<string, string?> settings) =>
        settings["Ngp:Database:Provider"] = "Sqlite";
}

/// <summary>
/// PostgreSQL 15 from <c>NGP_TEST_POSTGRES</c> (a connection string with <c>{database}</c>), as <c>.ci/run</c> sets it.
/// Without it the PostgreSQL tests are skipped on a developer machine, and fail on CI.
/// </summary>
public class PostgresFactory : NgpFactory
{
    public static readonly string? Template = Environment.GetEnvironmentVariable("NGP_TEST_POSTGRES");

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override void EnsureAvailable()
    {
        if (!string.IsNullOrEmpty(Template))
            return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException("NGP_TEST_POSTGRES is not set on CI: .ci/run must start PostgreSQL and set it.");
        Skip.If(true, "PostgreSQL not configured (set NGP_TEST_POSTGRES to run these tests).");
    }

    protected override void AddDatabaseSettings(IDictionary<string, string?> settings)
    {
        settings["Ngp:Database:Provider"] = "Postgres";
        settings["Ngp:Database:ConnectionStringTemplate"] = Template;
    }

    protected override async Task DropDatabasesAsync()
    {
        if (string.IsNullOrEmpty(Template))
            return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Template.Replace("{database}", "postgres", StringComparison.Ordinal));
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT datname FROM pg_database WHERE datname LIKE @prefix";
            list.Parameters.AddWithValue("prefix", DatabasePrefix + "\\_%");
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        }
        foreach (var name in names)
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }
}
