using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>
/// A server started as its own process (<c>dotnet x.dll …</c>), timed from just before the start, with its output
/// in a log file, its memory read from /proc, and a graceful stop (SIGTERM, then kill).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private static readonly string[] InheritedVariablesToDrop =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "DOTNET_URLS"];

    private readonly Process _process;
    private readonly long _startTimestamp;
    private readonly StreamWriter _log;
    private readonly Queue<string> _tail = new();
    private readonly Lock _lock = new();
    private bool _stopped;
    private bool _closed;

    private ServerProcess(string label, Process process, long startTimestamp, StreamWriter log, int port)
    {
        Label = label;
        _process = process;
        _startTimestamp = startTimestamp;
        _log = log;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public string Label { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public TimeSpan SinceStart => Stopwatch.GetElapsedTime(_startTimestamp);

    /// <summary>Called with each line the process writes (stdout and stderr), after it reached the log file.</summary>
    public Action<string>? LineWritten { get; set; }

    public static ServerProcess Start(string label, IReadOnlyList<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, string logFile, int port)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.ToList())
        {
            if (InheritedVariablesToDrop.Contains(key, StringComparer.OrdinalIgnoreCase)
                || key.StartsWith("NGP_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("Ngp__", StringComparison.OrdinalIgnoreCase))
                info.Environment.Remove(key);
        }
        foreach (var (key, value) in environment)
            info.Environment[key] = value;

        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var startTimestamp = Stopwatch.GetTimestamp();
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {label}.");
        var server = new ServerProcess(label, process, startTimestamp, log, port);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; returns the time from process start to that answer.</summary>
    public async Task<TimeSpan> WaitForOkAsync(string path, TimeSpan timeout, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(2),
            PooledConnectionLifetime = TimeSpan.Zero,
        };
        using var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var url = new Uri(path.TrimStart('/'), UriKind.Relative);
        HttpStatusCode? lastStatus = null;
        while (SinceStart < timeout)
        {
            ThrowIfExited();
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
            attempt.CancelAfter(timeout - SinceStart);
            try
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, attempt.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                    return SinceStart;
                lastStatus = response.StatusCode;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                break;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(10), ct);
        }
        throw new TimeoutException($"{Label} did not answer 200 on {path} within {timeout.TotalSeconds:0} s (last status {lastStatus?.ToString() ?? "none"}).{Environment.NewLine}{Tail()}");
    }

    /// <summary>Waits until the port accepts connections, without sending a request (so no tenant is touched).</summary>
    public async Task<TimeSpan> WaitForListeningAsync(TimeSpan timeout, CancellationToken ct)
    {
        while (SinceStart < timeout)
        {
            ThrowIfExited();
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, Port, ct);
                return SinceStart;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), ct);
            }
        }
        throw new TimeoutException($"{Label} did not listen within {timeout.TotalSeconds:0} s.{Environment.NewLine}{Tail()}");
    }

    /// <summary>Resident set size (VmRSS of /proc/&lt;pid&gt;/status), in bytes.</summary>
    public long ReadRssBytes()
    {
        ThrowIfExited();
        var line = File.ReadLines($"/proc/{Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No VmRSS for process {Id}.");
        var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb * 1024;
    }

    /// <summary>User and system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public string Tail()
    {
        lock (_lock)
            return $"--- last lines of {Label} ---{Environment.NewLine}{string.Join(Environment.NewLine, _tail)}";
    }

    /// <summary>SIGTERM, so the site shuts down as it would under systemd; killed if still there after 15 s.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
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
        else
        {
            await _process.WaitForExitAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
        _process.Dispose();
        lock (_lock)
        {
            _closed = true;
            _log.Dispose();
        }
    }

    private void ThrowIfExited()
    {
        if (_process.HasExited)
            throw new InvalidOperationException($"{Label} exited with code {_process.ExitCode}.{Environment.NewLine}{Tail()}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_lock)
        {
            if (_closed)
                return;
            _log.WriteLine(line);
            _tail.Enqueue(line);
            while (_tail.Count > 40)
                _tail.Dequeue();
        }
        LineWritten?.Invoke(line);
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
