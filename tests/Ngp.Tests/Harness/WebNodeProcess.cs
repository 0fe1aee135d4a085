using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;

namespace Ngp.Tests.Harness;

/// <summary>
/// The site started as an operator runs it, <c>dotnet Ngp.Web.dll</c> in its own OS process (the build of
/// <c>src/Ngp.Web</c> the test project's build makes), in the Production environment, with its output kept for the
/// failure message.
/// </summary>
public sealed class WebNodeProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private static readonly string[] InheritedVariablesToDrop =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "DOTNET_URLS", "LD_PRELOAD", "FAKETIME"];

    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly Lock _lock = new();

    private WebNodeProcess(string label, int port, Process process)
    {
        Label = label;
        Port = port;
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public string Label { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The site's build beside this test project's: <c>src/Ngp.Web/bin/&lt;configuration&gt;/net10.0/Ngp.Web.dll</c>.</summary>
    public static string SiteDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ngp.sln")))
                return Path.Combine(dir.FullName, "src", "Ngp.Web", "bin", configuration, output.Name, "Ngp.Web.dll");
        }
        throw new InvalidOperationException($"No Ngp.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Starts the site on 127.0.0.1:<paramref name="port"/> with these settings (environment variables) only.</summary>
    public static WebNodeProcess Start(string label, int port, IReadOnlyDictionary<string, string> environment)
    {
        var dll = SiteDll();
        if (!File.Exists(dll))
            throw new InvalidOperationException($"The site is not built at {dll}: build tests/Ngp.Tests first.");
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var key in info.Environment.Keys.ToList())
        {
            if (InheritedVariablesToDrop.Contains(key, StringComparer.OrdinalIgnoreCase)
                || key.StartsWith("NGP_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("Ngp__", StringComparison.OrdinalIgnoreCase))
                info.Environment.Remove(key);
        }
        foreach (var (key, value) in environment)
            info.Environment[key] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {label}.");
        var node = new WebNodeProcess(label, port, process);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits until <c>/healthz/ready</c> answers 200: the node may be given requests.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (waited.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Label} exited with code {_process.ExitCode}.{Environment.NewLine}{Tail()}");
            try
            {
                using var response = await client.GetAsync("healthz/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
                last = response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Label} was not ready within {timeout.TotalSeconds:0} s (last status {last?.ToString() ?? "none"}).{Environment.NewLine}{Tail()}");
    }

    /// <summary>SIGKILL: the node dies at once, in the middle of whatever it was doing, as on a power cut.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public string Tail()
    {
        lock (_lock)
            return $"--- last lines of {Label} ---{Environment.NewLine}{string.Join(Environment.NewLine, _tail)}";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                if (kill(_process.Id, SigTerm) != 0)
                    _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    await _process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync(CancellationToken.None);
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_lock)
        {
            _tail.Enqueue(line);
            while (_tail.Count > 60)
                _tail.Dequeue();
        }
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
