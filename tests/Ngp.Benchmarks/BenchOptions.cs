using System.Globalization;

namespace Ngp.Benchmarks;

/// <summary>Command line: scenario names, then <c>--name value</c> options. Every loop of a run is bounded by these.</summary>
public sealed class BenchOptions
{
    public List<string> Scenarios { get; } = [];

    public bool Help { get; private set; }

    /// <summary>Path of the built site; by default src/Ngp.Web/bin/&lt;same configuration&gt;/net10.0/Ngp.Web.dll.</summary>
    public string? WebDll { get; private set; }

    /// <summary>Folder of the markdown report and the server logs.</summary>
    public string ArtifactsPath { get; private set; } = System.IO.Path.Combine("BenchmarkDotNet.Artifacts", "results");

    /// <summary>Cold starts per kind (bare, first run, second run); the report gives the median.</summary>
    public int Runs { get; private set; } = 3;

    public TimeSpan StartTimeout { get; private set; } = TimeSpan.FromMinutes(5);

    /// <summary>Load driver: <c>dotnet</c> (HttpClient, needs only the SDK) or <c>wrk</c> (apt-get install -y wrk).</summary>
    public string Driver { get; private set; } = "dotnet";

    public int Connections { get; private set; } = 32;

    /// <summary>The site's page loaded by the throughput scenario.</summary>
    public string Path { get; private set; } = "/grenoble-centre/";

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(3);

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound of requests in one measured window, whatever the duration.</summary>
    public long MaxRequests { get; private set; } = 5_000_000;

    /// <summary>Tenants in the large memory measure (the first run sets up 9: head office and 8 agencies).</summary>
    public int Tenants { get; private set; } = 100;

    /// <summary>Items written and published by the 'publish' scenario.</summary>
    public int Items { get; private set; } = 10_000;

    /// <summary>Good-practice documents indexed by the 'search' scenario.</summary>
    public int Documents { get; private set; } = 100_000;

    /// <summary>Recipients of the synthesis sent by the 'meetings' scenario.</summary>
    public int Recipients { get; private set; } = 2_000;

    /// <summary>Wait before reading an idle process's memory.</summary>
    public TimeSpan Settle { get; private set; } = TimeSpan.FromSeconds(5);

    public bool KeepData { get; private set; }

    /// <summary>The site's database for the scenarios that honour it ('signed-in'): <c>sqlite</c> or <c>postgres</c> (NGP_BENCH_POSTGRES or NGP_TEST_POSTGRES).</summary>
    public string Provider { get; private set; } = "sqlite";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "help")
            {
                o.Help = true;
                continue;
            }
            if (arg == "--keep-data")
            {
                o.KeepData = true;
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                o.Scenarios.Add(arg.ToLowerInvariant());
                continue;
            }
            if (i + 1 >= args.Count)
                throw new ArgumentException($"Option {arg} needs a value.");
            var value = args[++i];
            switch (arg)
            {
                case "--web-dll": o.WebDll = System.IO.Path.GetFullPath(value); break;
                case "--artifacts": o.ArtifactsPath = value; break;
                case "--runs": o.Runs = Int(arg, value, 1, 20); break;
                case "--start-timeout": o.StartTimeout = Seconds(arg, value, 10, 1800); break;
                case "--driver":
                    o.Driver = value is "dotnet" or "wrk" ? value : throw new ArgumentException("--driver is dotnet or wrk.");
                    break;
                case "--path":
                    o.Path = value.StartsWith('/') ? value : throw new ArgumentException("--path starts with '/'.");
                    break;
                case "--connections": o.Connections = Int(arg, value, 1, 1024); break;
                case "--warmup": o.Warmup = Seconds(arg, value, 0, 120); break;
                case "--duration": o.Duration = Seconds(arg, value, 1, 600); break;
                case "--max-requests": o.MaxRequests = Int(arg, value, 1, int.MaxValue); break;
                case "--tenants": o.Tenants = Int(arg, value, 10, 1000); break;
                case "--items": o.Items = Int(arg, value, 10, 1_000_000); break;
                case "--documents": o.Documents = Int(arg, value, 100, 2_000_000); break;
                case "--recipients": o.Recipients = Int(arg, value, 1, 100_000); break;
                case "--settle": o.Settle = Seconds(arg, value, 0, 120); break;
                case "--provider":
                    o.Provider = value is "sqlite" or "postgres" ? value : throw new ArgumentException("--provider is sqlite or postgres.");
                    break;
                default: throw new ArgumentException($"Unknown option {arg}.");
            }
        }
        return o;
    }

    public string Describe() =>
        $"driver {Driver}, {Connections} connections, page {Path}, warm-up {Warmup.TotalSeconds:0.#} s, duration {Duration.TotalSeconds:0.#} s, " +
        $"{Runs} cold start(s) per kind, {Tenants} tenants for memory, settle {Settle.TotalSeconds:0.#} s, provider {Provider}";

    private static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}.");

    private static TimeSpan Seconds(string name, string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= min && s <= max
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"{name} must be a number of seconds from {min} to {max}.");
}
