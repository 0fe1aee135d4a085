using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks;

/// <summary>What every scenario shares: the options, the site to start, the admin password, and the clean-up.</summary>
public sealed class BenchContext(BenchOptions options, string webDll, string artifacts) : IAsyncDisposable
{
    public const string AdminEmail = "admin@ngp.local";

    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly List<string> _dataFolders = [];
    private readonly List<ServerProcess> _servers = [];

    public BenchOptions Options { get; } = options;

    public string WebDll { get; } = webDll;

    public string Artifacts { get; } = artifacts;

    /// <summary>Strong enough for the site's rules: 10+ characters, upper, lower, digit.</summary>
    public string AdminPassword { get; } = "Bench-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)) + "-ngp9";

    public void Log(string message) =>
        Console.WriteLine($"  [{Stopwatch.GetElapsedTime(_started).TotalSeconds,7:0.0}s] {message}");

    public string NewDataFolder(string label)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ngp-bench-{label}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        _dataFolders.Add(folder);
        return folder;
    }

    /// <summary>Starts the site as a deployed one would run: from its output folder, so its appsettings.json applies.</summary>
    /// <param name="environment">Extra settings (e.g. <c>Ngp__Setup__DemoRecipe</c> empty, to skip the 8 demo agencies).</param>
    public ServerProcess StartSite(string label, string dataFolder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var variables = new Dictionary<string, string>
        {
            ["NGP_DATA_PATH"] = dataFolder,
            ["NGP_ADMIN_PASSWORD"] = AdminPassword,
            ["Ngp__RateLimits__Enabled"] = "false",
            // A throwaway data folder: its keys need no certificate.
            ["Ngp__DataProtection__AllowUnprotectedKeys"] = "true",
            // Production refuses e-mail links to a loopback address; the scenarios follow no e-mail.
            ["Ngp__Notifications__PublicBaseUrl"] = "https://participation.example.org",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            variables[key] = value;
        var server = ServerProcess.Start(
            label,
            [WebDll, "--urls", $"http://127.0.0.1:{port}"],
            workingDirectory: Path.GetDirectoryName(WebDll)!,
            environment: variables,
            logFile: Path.Combine(Artifacts, "logs", label + ".log"),
            port);
        _servers.Add(server);
        return server;
    }

    /// <summary>The baseline: this program itself, started as a bare Kestrel app with one endpoint.</summary>
    public ServerProcess StartBare(string label, string? votesDb = null)
    {
        var port = FreePort();
        var server = ServerProcess.Start(
            label,
            [typeof(BareServer).Assembly.Location, BareServer.Mode, "--urls", $"http://127.0.0.1:{port}", .. votesDb is null ? Array.Empty<string>() : [BareServer.VotesDbOption, votesDb]],
            workingDirectory: AppContext.BaseDirectory,
            environment: new Dictionary<string, string>(),
            logFile: Path.Combine(Artifacts, "logs", label + ".log"),
            port);
        _servers.Add(server);
        return server;
    }

    /// <summary>Median of a few RSS readings once the process has been left alone for the settle time.</summary>
    public async Task<long> IdleRssAsync(ServerProcess server, CancellationToken ct)
    {
        await Task.Delay(Options.Settle, ct);
        var samples = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            if (i > 0)
                await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
            samples.Add(server.ReadRssBytes());
        }
        samples.Sort();
        return samples[samples.Count / 2];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
            await server.DisposeAsync();
        if (Options.KeepData)
        {
            foreach (var folder in _dataFolders)
                Console.WriteLine($"Kept data folder {folder}");
            return;
        }
        foreach (var folder in _dataFolders)
        {
            try
            {
                if (Directory.Exists(folder))
                    Directory.Delete(folder, recursive: true);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"Could not delete {folder}: {e.Message}");
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
