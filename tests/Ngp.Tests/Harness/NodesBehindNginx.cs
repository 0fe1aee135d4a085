using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Ngp.Tests.Harness;

/// <summary>
/// Two web nodes as separate OS processes (<see cref="WebNodeProcess"/>) on one PostgreSQL server, under fresh
/// databases, each with its own data folder and the same settings, behind nginx on loopback (<see cref="NginxProxy"/>);
/// one agency created through node A, and residents registered through nginx when a test asks for them.
/// </summary>
public sealed class NodesBehindNginx : IAsyncLifetime
{
    public const string AdminEmail = "admin@ngp.local";
    public const string AdminPassword = "Siege-Admin-2026";
    public const string ResidentPassword = "Locataire-Pass-42";
    public const string AgencyPrefix = "agence-noeuds";
    public const int ResidentCount = 50;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly string _databasePrefix = "t" + Guid.NewGuid().ToString("N")[..10];
    private readonly List<string> _dataFolders = [];
    private readonly SemaphoreSlim _residentsOnce = new(1, 1);
    private readonly SocketsHttpHandler _handler = new() { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 };
    private Dictionary<string, string> _settings = new();
    private List<Resident>? _residents;
    private string? _nodeAFolder;

    /// <summary>How long each step of the set-up took (nodes started, agency created, residents registered).</summary>
    public List<string> Timings { get; } = [];

    /// <summary>Why the class cannot run here (no PostgreSQL, no nginx); null when it can.</summary>
    public string? Missing { get; private set; }

    public WebNodeProcess NodeA { get; private set; } = null!;

    public WebNodeProcess NodeB { get; private set; } = null!;

    public NginxProxy Nginx { get; private set; } = null!;

    public sealed record Resident(string Email, string Token);

    public async Task InitializeAsync()
    {
        var template = PostgresFactory.Template;
        if (string.IsNullOrEmpty(template))
        {
            Missing = "PostgreSQL not configured (set NGP_TEST_POSTGRES to run these tests).";
            return;
        }
        if (!NginxProxy.IsInstalled)
        {
            Missing = $"nginx is not installed ({NginxProxy.Binary}; Debian package nginx): .ci/run installs it.";
            return;
        }
        // The same settings on both nodes, as an operator would deploy them; only the data folder differs.
        _settings = new Dictionary<string, string>
        {
            ["Ngp__Database__Provider"] = "Postgres",
            ["Ngp__Database__ConnectionStringTemplate"] = template,
            ["Ngp__Database__DatabasePrefix"] = _databasePrefix,
            ["Ngp__Setup__AdminEmail"] = AdminEmail,
            ["NGP_ADMIN_PASSWORD"] = AdminPassword,
            ["Ngp__Setup__DemoRecipe"] = "",
            // Throwaway databases: their keys need no certificate.
            ["Ngp__DataProtection__AllowUnprotectedKeys"] = "true",
            ["Ngp__Notifications__PublicBaseUrl"] = "https://participation.example.org",
            // Every request comes from 127.0.0.1 here: one address for the whole estate.
            ["Ngp__RateLimits__PerIpPermitLimit"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var setup = System.Diagnostics.Stopwatch.StartNew();
        _nodeAFolder = NewDataFolder("a");
        NodeA = WebNodeProcess.Start("node A", FreePort(), WithDataFolder(_nodeAFolder));
        await NodeA.WaitUntilReadyAsync(StartTimeout);
        Timings.Add($"node A ready {setup.Elapsed.TotalSeconds:0.0} s");
        NodeB = WebNodeProcess.Start("node B", FreePort(), WithDataFolder(NewDataFolder("b")));
        await NodeB.WaitUntilReadyAsync(StartTimeout);
        Nginx = await NginxProxy.StartAsync(FreePort(), [NodeA.Port, NodeB.Port]);
        Timings.Add($"node B and nginx ready {setup.Elapsed.TotalSeconds:0.0} s");

        using (var headOffice = Client(NodeA.BaseAddress, await TokenAsync(NodeA.BaseAddress, AdminEmail, AdminPassword)))
        {
            var created = await headOffice.PostAsJsonAsync("api/v1/tenants", new
            {
                name = AgencyPrefix,
                displayName = "Agence des nœuds",
                urlPrefix = AgencyPrefix,
                hostNames = Array.Empty<string>(),
                recipe = "agency",
                adminEmail = AdminEmail,
                adminPassword = AdminPassword,
            });
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"Agency refused: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }
        // Node B learns of the agency through the change notifications.
        await EventuallyAsync(async () => (await Client(NodeB.BaseAddress).GetAsync(AgencyPrefix + "/")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "Node B does not serve the agency created on node A.");
        Timings.Add($"agency served by both nodes {setup.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Skips the test on a developer's machine without PostgreSQL or nginx; fails it on CI.</summary>
    public void EnsureAvailable()
    {
        if (Missing is null)
            return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException(Missing + " On CI it must be there: .ci/run installs PostgreSQL and nginx.");
        Skip.If(true, Missing);
    }

    /// <summary>The agency's root on a node or on nginx: <c>http://127.0.0.1:port/agence-noeuds/</c>.</summary>
    public static Uri AgencyRoot(Uri server) => new(server, AgencyPrefix + "/");

    /// <summary>A client of <paramref name="root"/>, with a bearer token or none, no cookies, no redirects followed.</summary>
    public HttpClient Client(Uri root, string? token = null)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = root, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> TokenAsync(Uri root, string email, string password)
    {
        using var client = Client(root);
        var response = await client.PostAsJsonAsync("api/v1/auth/token", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Token refused for {email} on {root}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>The agency's administrator, signed in on <paramref name="server"/>.</summary>
    public async Task<HttpClient> AdminAsync(Uri server) => Client(AgencyRoot(server), await TokenAsync(AgencyRoot(server), AdminEmail, AdminPassword));

    /// <summary>
    /// <see cref="ResidentCount"/> residents of the agency, made as an agency makes them: the lease list imported on
    /// node A, each resident registering and signing in through nginx. Made once for the class.
    /// </summary>
    public async Task<IReadOnlyList<Resident>> ResidentsAsync()
    {
        await _residentsOnce.WaitAsync();
        try
        {
            if (_residents is not null)
                return _residents;
            var registering = System.Diagnostics.Stopwatch.StartNew();
            var csv = new StringBuilder("leaseReference,building,postcode\n");
            for (var i = 0; i < ResidentCount; i++)
                csv.Append(CultureInfo.InvariantCulture, $"NOEUD-{i:000},Résidence du Parc,38600\n");
            using (var admin = await AdminAsync(NodeA.BaseAddress))
            {
                var import = await admin.PostAsync("api/v1/leases", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
                Assert.True(import.IsSuccessStatusCode, $"Lease list refused: {(int)import.StatusCode} {await import.Content.ReadAsStringAsync()}");
            }
            var root = AgencyRoot(Nginx.BaseAddress);
            var residents = new Resident[ResidentCount];
            await Parallel.ForEachAsync(Enumerable.Range(0, ResidentCount), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            {
                var email = $"locataire{i}@noeuds.test";
                using var anonymous = Client(root);
                var registered = await anonymous.PostAsJsonAsync("api/v1/account/register", new { email, password = ResidentPassword, leaseReference = $"NOEUD-{i:000}" });
                Assert.True(registered.IsSuccessStatusCode, $"Registration refused for {email}: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync()}");
                residents[i] = new Resident(email, await TokenAsync(root, email, ResidentPassword));
            });
            _residents = [.. residents];
            Timings.Add($"{ResidentCount} residents registered and signed in through nginx in {registering.Elapsed.TotalSeconds:0.0} s");
            return _residents;
        }
        finally
        {
            _residentsOnce.Release();
        }
    }

    /// <summary>A consultation open now, results shown live, with <paramref name="questions"/> questions q1… of options a, b, c; returns its id.</summary>
    public async Task<string> PublishConsultationAsync(HttpClient admin, int questions, string title)
    {
        var response = await admin.PostAsJsonAsync("api/v1/content", new
        {
            type = "Consultation",
            title = title + " " + Guid.NewGuid().ToString("N")[..6],
            parts = new Dictionary<string, object>
            {
                ["Summary"] = new { text = "Votre avis compte." },
                ["Consultation"] = new
                {
                    kind = "vote",
                    results = "live",
                    eligibility = "agency",
                    questions = Enumerable.Range(1, questions).Select(q => new
                    {
                        id = "q" + q,
                        text = $"Question {q} ?",
                        kind = "single",
                        options = new[] { new { id = "a", text = "Oui" }, new { id = "b", text = "Non" }, new { id = "c", text = "Sans avis" } },
                    }).ToArray(),
                },
            },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Consultation refused: {(int)response.StatusCode} {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        await NewsApi.PublishAsync(admin, id);
        return id;
    }

    /// <summary>Voters counted per question (q1, q2, …) by the results API.</summary>
    public static async Task<Dictionary<string, int>> VotersAsync(HttpClient admin, string consultation)
    {
        var results = await admin.GetFromJsonAsync<JsonElement>($"api/v1/consultations/{consultation}/results");
        return results.GetProperty("questions").EnumerateArray()
            .ToDictionary(q => q.GetProperty("id").GetString()!, q => q.GetProperty("voters").GetInt32());
    }

    /// <summary>Starts node A again (same port, same data folder) after a test killed it, and waits until it is ready.</summary>
    public async Task RestartNodeAAsync()
    {
        var restart = System.Diagnostics.Stopwatch.StartNew();
        await NodeA.DisposeAsync();
        NodeA = WebNodeProcess.Start("node A", NodeA.Port, WithDataFolder(_nodeAFolder!));
        await NodeA.WaitUntilReadyAsync(StartTimeout);
        Timings.Add($"node A restarted after its kill in {restart.Elapsed.TotalSeconds:0.0} s");
    }

    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan patience, string failure)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < patience)
        {
            if (await condition())
                return;
            await Task.Delay(50);
        }
        Assert.True(await condition(), failure);
    }

    public async Task DisposeAsync()
    {
        if (Nginx is not null)
            await Nginx.DisposeAsync();
        if (NodeB is not null)
            await NodeB.DisposeAsync();
        if (NodeA is not null)
            await NodeA.DisposeAsync();
        _handler.Dispose();
        if (!string.IsNullOrEmpty(PostgresFactory.Template) && Missing is null)
            await DropDatabasesAsync(PostgresFactory.Template);
        foreach (var folder in _dataFolders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind fails nothing.
            }
        }
    }

    private Dictionary<string, string> WithDataFolder(string folder) => new(_settings) { ["NGP_DATA_PATH"] = folder };

    private string NewDataFolder(string node)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ngp-tests", $"node-{node}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        _dataFolders.Add(folder);
        return folder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task DropDatabasesAsync(string template)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(template.Replace("{database}", "postgres", StringComparison.Ordinal));
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE @prefix", connection))
        {
            list.Parameters.AddWithValue("prefix", _databasePrefix + "\\_%");
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        }
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
